# Puerta, páginas para residentes: español.
# review-state: draft
# Traducido por el equipo de Puerta; falta la revisión de un hablante nativo.

## Marco del sitio

site-name = Puerta
site-tagline = Encuentre ayuda gratis o de bajo costo para inmigrantes: ayuda legal, salud, comida, vivienda, clases de inglés y más.
skip-to-content = Saltar al contenido principal
nav-label = Menú principal
nav-search = Buscar ayuda
nav-rights = Conozca sus derechos
nav-about = Acerca de y privacidad
language-switcher = Idioma
footer-privacy = No le rastreamos. Sin cuentas, sin anuncios, sin analíticas.
footer-privacy-link = Qué guardamos
footer-emergency = En una emergencia, llame al 911. Para encontrar servicios, llame al 211.

## Errores

not-found-title = Página no encontrada
not-found-body = No encontramos esta página. Puede que el servicio haya cerrado o cambiado, o que la dirección tenga un error.
error-title = Algo salió mal
error-body = Algo salió mal de nuestro lado. Por favor, inténtelo de nuevo en unos minutos.
error-go-home = Ir a la página de inicio

## Buscador y página de inicio

search-label = ¿Con qué necesita ayuda?
search-button = Buscar
search-hint = Escriba en cualquier idioma, por ejemplo: abogado gratis, comida, clases de inglés.
home-title = Buscar ayuda
home-heading = Encuentre ayuda cerca de usted
home-lead = Servicios gratuitos o de bajo costo para inmigrantes y sus familias. No necesita dar su nombre.
home-needs-heading = O elija un tema
home-rights-heading = Conozca sus derechos
home-rights-body = Todas las personas en Estados Unidos tienen derechos, sin importar su estatus migratorio.
home-rights-link = Lea sobre sus derechos
home-privacy = Sus búsquedas no se guardan. No preguntamos por el estatus migratorio.

need-legal = Ayuda legal
need-legal-hint = Abogados gratis y ayuda con inmigración
need-health = Salud
need-health-hint = Clínicas, médicos, dentistas
need-food = Comida
need-food-hint = Despensas de alimentos y comidas gratis
need-housing = Vivienda
need-housing-hint = Albergues y ayuda con la renta
need-english = Aprender inglés
need-english-hint = Clases de inglés gratis
need-jobs = Trabajo
need-jobs-hint = Buscar empleo y capacitación
need-business = Iniciar un negocio
need-business-hint = Ayuda y préstamos para pequeños negocios
need-money = Dinero y bancos
need-money-hint = Cuentas de banco, impuestos, presupuesto
need-citizenship = Ciudadanía
need-citizenship-hint = Hacerse ciudadano de EE. UU.
need-id = Documentos de identidad
need-id-hint = Tarjetas de identificación y licencias de conducir
need-family = Familia y escuela
need-family-hint = Inscripción escolar y cuidado de niños
need-emergency = Emergencias
need-emergency-hint = Líneas de crisis y ayuda urgente

## Resultados

results-title = Resultados de la búsqueda
results-title-for = Resultados para «{ $query }»
results-start = Escriba lo que necesita en el cuadro de arriba o elija un tema:
results-count = { $count ->
    [0] No se encontraron servicios
    [one] Se encontró 1 servicio
   *[other] Se encontraron { $count } servicios
}
results-understood = También buscamos: { $terms }
results-search-unavailable = La búsqueda no está disponible ahora. Por favor, inténtelo más tarde.
results-unknown-zip = No conocemos este código postal. Revíselo: tiene 5 dígitos, como 45402.
results-bad-filter = No pudimos usar uno de los filtros. Revíselos e inténtelo de nuevo.
filters-heading = Filtros
filter-language = Idioma que hablan
filter-language-any = Cualquier idioma
filter-near = Cerca del código postal
filter-near-hint = 5 dígitos, por ejemplo 45402
filter-radius = Distancia
filter-radius-miles = { $miles ->
    [one] A menos de 1 milla
   *[other] A menos de { $miles } millas
}
filter-only = Mostrar solo servicios que
filter-free = son gratis
filter-open-now = están abiertos ahora
filter-walk-in = atienden sin cita
filter-accessible = son accesibles en silla de ruedas
filter-no-id = no piden identificación
filter-no-ssn = no piden número de Seguro Social
filters-apply = Aplicar filtros
hit-languages = Idiomas: { $languages }
why-heading = Por qué aparece:
why-words = palabras { $words }
why-category = su tema coincide con su búsqueda
verified-on = Información revisada el { $date }
verified-unknown = No sabemos cuándo se revisó esta información por última vez.
pager-label = Páginas
pager-prev = Página anterior
pager-next = Página siguiente
pager-page = Página { $page }
map-label = { $count ->
    [one] Mapa de 1 resultado de esta página
   *[other] Mapa de { $count } resultados de esta página
}
map-hide = Ocultar el mapa
map-show = Mostrar el mapa
empty-heading = No encontramos servicios para esta búsqueda
empty-body = Esto no significa que no haya ayuda. Puede:
empty-clear-filters = Buscar de nuevo sin filtros
empty-other-words = Probar con otras palabras, con menos palabras, o con un tema de abajo.
empty-call-211 = Llamar al 211 (gratis, en cualquier idioma) para hablar con alguien que le puede ayudar.
empty-browse = Temas

## Sellos de confianza y advertencias legales

badge-doj-recognized = Organización reconocida por el DOJ
badge-doj-accredited = Representantes acreditados por el DOJ
badge-attorney = Con abogados en el equipo
notario-warning-title = Cuidado con el fraude de notarios
notario-warning-body = En Estados Unidos, un «notario» o notary public NO es abogado y no puede darle consejos legales de inmigración. Solo un abogado con licencia o un representante acreditado por el DOJ en una organización reconocida puede ayudarle con su caso de inmigración.
notario-warning-link = Cómo protegerse

## Página del servicio

service-offered-by = Lo ofrece
service-not-active = Es posible que este servicio esté cerrado ahora. Llame antes de ir.
service-what = Qué ofrecen
service-who = Quién puede recibirlo
service-who-unknown = El proveedor no dice quién puede recibir este servicio. Llame para preguntar.
service-ages-between = Edades de { $min } a { $max } años
service-ages-from = Desde { $min } años
service-ages-to = Hasta { $max } años
service-cost = Costo
service-free = Gratis
service-cost-unknown = El proveedor no dice cuánto cuesta. Llame para preguntar.
service-how = Cómo recibirlo
service-walk-in = Puede ir sin cita.
service-appointment = Necesita una cita.
service-languages = Idiomas que hablan
service-languages-unknown = El proveedor no dice qué idiomas hablan.
service-documents = Documentos que debe llevar
service-documents-none-listed = El proveedor no indica documentos que llevar.
service-no-id = No necesita identificación.
service-no-ssn = No necesita número de Seguro Social.
service-where-when = Dónde y cuándo
service-virtual = En línea o por teléfono
service-directions = Cómo llegar (OpenStreetMap)
service-hours = Horario
service-hours-unknown = No publican su horario. Llame antes de ir.
service-contact = Contacto
status-open = Abierto ahora
status-open-closes = Abierto ahora · cierra a las { $time }
status-closed = Cerrado ahora
status-closed-opens-today = Cerrado ahora · abre hoy a las { $time }
status-closed-opens-on = Cerrado ahora · abre el { $day } a las { $time }
days-range = de { $first } a { $last }
hours-range = de { $opens } a { $closes }
hours-closed = Cerrado
hours-all-day = Abierto las 24 horas
hours-zone = Horas en hora local ({ $zone }).

## Reportar un problema

report-heading = Reportar un problema con esta información
report-category = ¿Qué está mal?
report-closed = El servicio cerró o ya no existe
report-wrong-phone = El teléfono está mal
report-wrong-address = La dirección está mal
report-wrong-hours = El horario está mal
report-wrong-languages = No hablan los idiomas indicados
report-asked-for-payment = Pidieron dinero por un servicio gratis
report-other = Otra cosa
report-details = Cuéntenos más (opcional)
report-no-personal-data = No escriba su nombre, teléfono, dirección ni nada sobre su estatus migratorio.
report-send = Enviar reporte
report-thanks = Gracias. Nuestro equipo revisará esta información.
report-what-we-keep = Solo guardamos el problema que eligió, su texto y el día en que lo envió, sin su nombre, dirección ni dispositivo, durante 180 días como máximo, para que nuestro equipo revise la información.
report-not-taken-title = No pudimos recibir su reporte en este momento
report-not-taken-body = Este servicio, o este sitio, recibió muchos reportes hoy, así que no guardamos el suyo. Inténtelo de nuevo mañana, o llame al servicio para confirmar.

## Página de la organización

organization-services = Servicios
organization-no-services = Esta organización no tiene servicios publicados ahora.

## Conozca sus derechos

rights-title = Conozca sus derechos
rights-lead = Información sencilla sobre sus derechos en Estados Unidos, sin importar su estatus migratorio.
rights-not-legal-advice = Esta es información general, no consejo legal. Para un consejo sobre su situación, hable con un abogado con licencia o con un representante acreditado por el DOJ.
rights-reviewed = Revisado por última vez el { $date }
rights-more = Más sobre sus derechos

rights-home-title = Sus derechos en casa
rights-home-intro = Qué hacer si agentes de inmigración (ICE) o la policía llegan a su puerta.
rights-home-point-1 = No tiene que abrir la puerta. Pida que le muestren una orden por la ventana o que la pasen por debajo de la puerta.
rights-home-point-2 = Un formulario de ICE (una «orden administrativa», formulario I-200 o I-205) no permite que los agentes entren a su casa. Solo lo permite una orden firmada por un juez, y debe tener su dirección.
rights-home-point-3 = Tiene derecho a guardar silencio. Puede decir: «Uso mi derecho a guardar silencio».
rights-home-point-4 = No firme papeles que no entienda. Tiene derecho a hablar primero con un abogado.
rights-home-point-5 = No mienta ni muestre documentos falsos. Haga un plan con su familia: quién cuidará a sus hijos y a quién llamar.
rights-home-help = Si violaron sus derechos, anote lo que pasó, los nombres y números de placa de los agentes, y contacte a una organización de ayuda legal.

rights-work-title = Sus derechos en el trabajo
rights-work-intro = La mayoría de las leyes laborales protegen a todos los trabajadores, con o sin papeles.
rights-work-point-1 = Tiene derecho a recibir al menos el salario mínimo y a que le paguen las horas extra.
rights-work-point-2 = Tiene derecho a un lugar de trabajo seguro. Puede reportar peligros sin ser castigado.
rights-work-point-3 = Su empleador no puede discriminarle por su país de origen, raza, religión o sexo.
rights-work-point-4 = Es ilegal que su empleador amenace con llamar a inmigración porque usted reclamó por su pago o su seguridad.
rights-work-point-5 = Guarde un registro de sus horas, su pago y el nombre y dirección de su empleador.
rights-work-help = Un centro de trabajadores o una organización de ayuda legal puede ayudarle gratis a recuperar salarios no pagados.

rights-police-title = Sus derechos ante la policía e ICE
rights-police-intro = Qué hacer si le detienen en la calle, en un carro o si le arrestan.
rights-police-point-1 = Mantenga la calma. No corra, no discuta ni se resista, aunque crea que la detención es injusta.
rights-police-point-2 = Tiene derecho a guardar silencio. No tiene que responder preguntas sobre dónde nació ni sobre su estatus migratorio.
rights-police-point-3 = Pregunte: «¿Me puedo ir?». Si le dicen que sí, váyase con calma.
rights-police-point-4 = No tiene que aceptar que le registren a usted, su carro o sus pertenencias.
rights-police-point-5 = Si le arrestan, pida un abogado de inmediato. No firme nada sin un abogado.
rights-police-point-6 = Aprenda de memoria el teléfono de un familiar y de un abogado, por si le quitan el teléfono.
rights-police-help = Si usted o un familiar está detenido por inmigración, contacte cuanto antes a una organización de ayuda legal.

rights-school-title = Sus derechos en la escuela
rights-school-intro = Todos los niños en Estados Unidos tienen derecho a una educación pública gratuita.
rights-school-point-1 = Las escuelas públicas deben aceptar a los niños sin importar su estatus migratorio ni el de sus padres.
rights-school-point-2 = Las escuelas no pueden pedir número de Seguro Social ni papeles de inmigración para inscribir a un niño.
rights-school-point-3 = Las escuelas pueden pedir prueba de que vive en el distrito y prueba de la edad de su hijo. Aceptan muchos documentos diferentes.
rights-school-point-4 = Tiene derecho a un intérprete gratis cuando hable con la escuela.
rights-school-point-5 = Los niños que están aprendiendo inglés tienen derecho a apoyo con el idioma.
rights-school-help = Si una escuela se niega a inscribir a su hijo, pida la negativa por escrito y contacte a una organización de ayuda legal.

rights-notario-title = Evite el fraude de notarios
rights-notario-intro = Algunas personas fingen que pueden ayudar con papeles de inmigración y se quedan con su dinero.
rights-notario-point-1 = En muchos países un «notario» es abogado. En Estados Unidos, un notary public NO es abogado y no puede ayudar con casos de inmigración.
rights-notario-point-2 = Solo un abogado con licencia o un representante acreditado por el DOJ que trabaja en una organización reconocida por el DOJ puede dar consejos legales de inmigración.
rights-notario-point-3 = Nunca pague a alguien que le promete una green card, un permiso de trabajo o una «ley especial» rápido o con seguridad.
rights-notario-point-4 = Nunca firme un formulario en blanco o con información falsa. Pida siempre copias de todo lo que firme y entregue.
rights-notario-point-5 = Los formularios del gobierno se descargan gratis en uscis.gov. Tenga cuidado con quien le cobre por los formularios.
rights-notario-help = Si fue víctima de fraude de notarios, contacte a una organización de ayuda legal. Puede denunciarlo aunque no tenga papeles.

## Acerca de y privacidad

about-title = Acerca de y privacidad
about-lead = Puerta es un directorio gratuito de servicios para inmigrantes y refugiados. Es software libre que operan organizaciones locales.
privacy-heading = Su privacidad
privacy-not-stored-heading = Lo que no guardamos
privacy-no-accounts = No hay cuentas. Nunca pedimos su nombre, teléfono ni dirección.
privacy-no-search-logs = No guardamos lo que busca, las páginas que visita ni su código postal.
privacy-no-analytics = No hay analíticas, ni publicidad, ni rastreo.
privacy-no-third-parties = Las páginas no cargan nada de otros sitios: ni fuentes, ni mapas, ni scripts de otras empresas.
privacy-no-status = Nunca preguntamos por el estatus migratorio.
privacy-stored-heading = Lo que guardamos
privacy-language-cookie = Una cookie, «lang», solo si elige un idioma: recuerda su idioma durante un año. No contiene nada más.
privacy-reports = Si reporta un problema con un servicio, guardamos en nuestra base de datos el problema que eligió, su texto y el día en que lo envió (no la hora). No guardamos su nombre, dirección, dispositivo ni dirección IP. Solo lee los reportes el equipo que mantiene este directorio al día. El equipo borra cada reporte cuando ha revisado la información, y todo reporte se borra a más tardar a los 180 días.
privacy-server-logs = Nuestro servidor registra datos técnicos (qué tipo de página se pidió, si funcionó, cuánto tardó), nunca sus búsquedas ni lo que escribe.
about-data-heading = De dónde viene la información
about-data-body = Los servicios los publican organizaciones locales y los revisa nuestro equipo. Cada página de servicio muestra cuándo se revisó su información. Llame siempre antes de ir.
about-translations-heading = Traducciones
about-translations-body = Las páginas se escriben en inglés y se traducen. Así de revisada está cada traducción:
about-translations-language = Idioma
about-translations-state = Estado
review-state-source = Texto original
review-state-reviewed = Revisada por un hablante nativo
review-state-draft = Borrador, aún sin revisar por un hablante nativo
review-state-machine = Traducción automática, aún sin revisar
review-state-missing = Aún sin traducir (se muestra en inglés)
review-state-unknown = No indicado

## Fechas, horas, distancias

time-style = 12h
time-am = a. m.
time-pm = p. m.
weekday-mon = lunes
weekday-tue = martes
weekday-wed = miércoles
weekday-thu = jueves
weekday-fri = viernes
weekday-sat = sábado
weekday-sun = domingo
date-long = { $day } de { $month } de { $year }
month-1 = enero
month-2 = febrero
month-3 = marzo
month-4 = abril
month-5 = mayo
month-6 = junio
month-7 = julio
month-8 = agosto
month-9 = septiembre
month-10 = octubre
month-11 = noviembre
month-12 = diciembre
distance-miles = { $miles } mi ({ $km } km)

## Nombres de idiomas

language-en = inglés
language-es = español
language-zh = chino
language-yue = cantonés
language-tl = tagalo
language-vi = vietnamita
language-ar = árabe
language-fr = francés
language-ht = criollo haitiano
language-ko = coreano
language-ru = ruso
language-pt = portugués
language-uk = ucraniano
language-fa = persa
language-prs = darí
language-ps = pastún
language-am = amárico
language-so = somalí
language-sw = suajili
language-ti = tigriña
language-tr = turco
language-ne = nepalí
language-my = birmano
language-mam = mam
language-asl = lengua de señas americana

## Plan

plan-nav = Mi plan ({ $count })
plan-title = Mi plan
plan-print-title = Mi plan (para imprimir)
plan-lead = Los servicios que eligió. Su plan se guarda solo en la dirección de esta página, no en nuestro servidor: guarde el enlace, imprima la página o escanee el código QR.
plan-add = Agregar a mi plan
plan-in-plan = En su plan
plan-full = Su plan está lleno (20 servicios). Quite uno para agregar otro.
plan-empty = Su plan está vacío. Busque servicios y elija “Agregar a mi plan”.
plan-find-more = Buscar más servicios
plan-remove = Quitar { $name } de mi plan
plan-damaged = No pudimos leer una parte del enlace de este plan. Revise que copió el enlace completo.
plan-missing = { $count ->
    [one] Un servicio de este plan ya no aparece en el directorio.
   *[other] { $count } servicios de este plan ya no aparecen en el directorio.
}
plan-share-heading = Guarde o comparta su plan
plan-share-link = Enlace a este plan:
plan-share-hint = Cualquier persona con este enlace o código QR puede ver los servicios de este plan. No contiene su nombre.
plan-qr-alt = Código QR con el enlace a este plan
plan-print = Versión para imprimir
plan-print-hint = Use la opción Imprimir de su navegador para imprimir esta página o guardarla como PDF.
plan-back = Volver a mi plan
plan-printed-on = Impreso el { $date }. Llame antes de ir: los horarios pueden cambiar.
plan-send-heading = Enviar el enlace por mensaje de texto o correo electrónico
plan-send-to = Número de teléfono o correo electrónico
plan-send-hint = Por ejemplo 937 555 0101 o nombre@ejemplo.org. Lo usamos solo para enviar este mensaje y no lo guardamos.
plan-send-button = Enviar el enlace
plan-send-disabled = El envío por mensaje de texto o correo electrónico todavía no está disponible en esta ciudad. Puede copiar el enlace, imprimir el plan o escanear el código QR.
plan-send-failed = No pudimos enviar el mensaje. Inténtelo más tarde o copie el enlace.
plan-send-empty = Escriba un número de teléfono o un correo electrónico.
plan-send-bad-phone = Este número de teléfono no parece correcto. Escriba 10 dígitos, como 937 555 0101, o un + y el código del país.
plan-send-bad-email = Este correo electrónico no parece correcto. Revíselo, por ejemplo nombre@ejemplo.org.
plan-send-empty-plan = Su plan está vacío: todavía no hay nada que enviar.
plan-sent-sms = Enviamos el enlace por mensaje de texto.
plan-sent-email = Enviamos el enlace por correo electrónico.
plan-message = Su plan de { $site }: { $link }

## Screener

home-screener-heading = Programas para los que podría calificar
home-screener-body = Responda unas preguntas cortas para ver qué programas pueden ayudarle y dónde pedirlos. Todas las preguntas son opcionales y no guardamos nada de lo que escribe.
home-screener-link = Empezar la revisión de programas
screener-title = Revisión de programas
screener-intro-heading = ¿Qué programas pueden ayudarle?
screener-intro-lead = Responda unas preguntas cortas, un tema a la vez. Le mostramos los programas que pueden ayudarle, por qué, y los servicios que pueden ayudarle a solicitarlos.
screener-intro-optional = Todas las preguntas son opcionales: puede saltar cualquier pregunta o tema que no quiera responder.
screener-intro-not-stored = No guardamos nada de lo que escribe: sus respuestas quedan solo en la dirección de esta página y desaparecen al cerrarla.
screener-intro-no-status = No preguntamos por su estatus migratorio. Solo la última sección, una revisión de ciudadanía para residentes permanentes (con tarjeta verde), pregunta por su tarjeta verde, y es opcional.
screener-intro-shared-device = En una computadora compartida, cierre la ventana del navegador al terminar.
screener-not-legal-advice = Esto es información general, no asesoría legal. Solo el programa, o un abogado o un representante acreditado por el DOJ, puede decírselo con seguridad.
screener-start = Empezar
screener-step-of = Paso { $step } de { $total }
screener-next = Siguiente
screener-skip = Saltar este tema
screener-back = Atrás
screener-see-results = Ver resultados
screener-optional = Opcional
screener-yes = Sí
screener-no = No
screener-not-sure = Saltar / no sé
screener-choose = Saltar / elija una opción
screener-invalid = No pudimos leer una respuesta de esta página, así que la dejamos fuera. Revísela o déjela vacía.
screener-invalid-some = No pudimos leer algunas de sus respuestas, así que las dejamos fuera. Puede cambiar sus respuestas abajo.
screener-you = Usted
screener-member = Persona { $n } de su hogar
screener-city = Sycamore Falls
screener-county = el condado de Ashgrove
screener-step-place = Dónde vive
screener-step-place-lead = Muchos programas son para personas que viven en la ciudad o en el condado.
screener-step-household = Edad y hogar
screener-step-household-lead = Su hogar son las personas que viven con usted y comparten comida o dinero.
screener-step-income = Ingresos y beneficios
screener-step-income-lead = Algunos programas son para hogares con ingresos más bajos. Un cálculo aproximado está bien.
screener-step-work = Trabajo y negocio
screener-step-work-lead = Algunos programas ayudan a personas que tienen un pequeño negocio o que sirvieron en las fuerzas armadas.
screener-step-legal = Situación legal
screener-step-legal-lead = Preguntamos esto solo para indicarle ayuda legal gratuita. Puede saltarlo.
screener-step-citizenship = Revisión de ciudadanía
screener-step-citizenship-lead = Esta sección es solo para residentes permanentes (con tarjeta verde) que quieren saber cuándo pueden solicitar la ciudadanía estadounidense. Si no es su caso, o prefiere no responder, sáltela.
screener-citizenship-skip-all = Saltar esta sección y ver sus resultados
screener-q-state = ¿En qué estado vive?
screener-q-lives-in-city = ¿Vive en la ciudad de { $city }?
screener-q-lives-in-county = ¿Vive en { $county }?
screener-q-lives-in-county-hint = El condado incluye la ciudad.
screener-q-has-photo-identity-document = ¿Tiene una identificación con foto de cualquier país?
screener-q-has-photo-identity-document-hint = Por ejemplo un pasaporte, una matrícula consular o una licencia de conducir, de cualquier país.
screener-q-has-proof-of-city-address = ¿Puede mostrar un comprobante de su domicilio en la ciudad?
screener-q-has-proof-of-city-address-hint = Por ejemplo un contrato de alquiler, una factura de servicios, un estado de cuenta bancario o una carta de un albergue o de una organización sin fines de lucro.
screener-q-age = ¿Cuántos años tiene?
screener-q-enrolled-in-high-school = ¿Está en la escuela secundaria (high school) ahora?
screener-q-enrolled-in-high-school-hint = Solo importa si tiene 16 o 17 años.
screener-q-household-size = ¿Cuántas personas viven en su hogar, contándose usted?
screener-members-hint = Puede contarnos de hasta 5 personas más que viven con usted. Deje vacía una persona para saltarla.
screener-q-relationship = Parentesco con usted
screener-q-member-age = Edad
screener-relationship-spouse = Cónyuge
screener-relationship-child = Hijo o hija
screener-relationship-parent = Padre o madre
screener-relationship-sibling = Hermano o hermana
screener-relationship-other = Otro
screener-q-household-annual-income = ¿Cuál es el ingreso total de su hogar en un año, antes de impuestos?
screener-q-household-annual-income-hint = En dólares estadounidenses, de todas las personas de su hogar juntas. Un cálculo aproximado está bien.
screener-q-receives-means-tested-benefit = ¿Alguien recibe un beneficio basado en sus ingresos?
screener-q-receives-means-tested-benefit-hint = Por ejemplo Medicaid, SNAP (cupones de alimentos), SSI, TANF o ayuda para la vivienda.
screener-q-receives-snap-or-wic = ¿Alguien recibe SNAP (cupones de alimentos) o WIC?
screener-q-extreme-financial-hardship = ¿Tiene problemas de dinero graves en este momento?
screener-q-extreme-financial-hardship-hint = Por ejemplo facturas médicas grandes, la pérdida de su trabajo o un desastre.
screener-q-runs-or-plans-small-business = ¿Tiene un pequeño negocio o piensa empezar uno?
screener-q-runs-or-plans-small-business-hint = Vender comida en un carrito o desde su casa cuenta.
screener-q-military-service = ¿Sirve o ha servido en las fuerzas armadas de los Estados Unidos?
screener-q-facing-removal-proceedings = ¿Tiene un caso en la corte de inmigración?
screener-q-facing-removal-proceedings-hint = Por ejemplo, recibió una “Notificación de comparecencia” (Notice to Appear). Un abogado gratuito podría defenderle.
screener-q-permanent-resident-since = ¿Cuándo se hizo residente permanente?
screener-q-permanent-resident-since-hint = La fecha “Resident since” de su tarjeta verde.
screener-q-lives-in-state-since = ¿Desde cuándo vive en su estado actual?
screener-q-married = ¿Está casado o casada?
screener-q-spouse-is-us-citizen = ¿Su cónyuge es ciudadano o ciudadana de los Estados Unidos?
screener-q-married-to-citizen-since = ¿Desde cuándo está casado o casada con su cónyuge ciudadano y vive con él o ella?
screener-q-days-outside-us-last-5y = En los últimos 5 años, ¿cuántos días en total estuvo fuera de los Estados Unidos?
screener-q-days-outside-us-last-5y-hint = Un cálculo en días está bien: 6 meses son unos 180 días.
screener-q-longest-trip-days-last-5y = En los últimos 5 años, ¿cuántos días duró su viaje más largo fuera de los Estados Unidos?
screener-q-days-outside-us-last-3y = En los últimos 3 años, ¿cuántos días en total estuvo fuera de los Estados Unidos?
screener-q-longest-trip-days-last-3y = En los últimos 3 años, ¿cuántos días duró su viaje más largo fuera de los Estados Unidos?
screener-results-title = Programas que pueden ayudarle
screener-results-lead = Según sus respuestas, revisado el { $date }.
screener-likely-heading = Probable
screener-likely-hint = Según sus respuestas, es probable que califique. Comuníquese con un servicio de abajo para solicitarlo.
screener-maybe-heading = Tal vez
screener-maybe-hint = Necesitamos un poco más de información para saberlo. Un navegador puede ayudarle.
screener-unlikely-heading = { $count ->
    [one] Otros programas (1)
   *[other] Otros programas ({ $count })
}
screener-unlikely-hint = Según sus respuestas, estos son menos probables. Las reglas tienen excepciones: un navegador puede revisarlo con usted.
screener-group-empty = Ninguno según sus respuestas hasta ahora.
screener-needs = Necesitaríamos saber: { $facts }.
screener-why = Por qué
screener-amount = Monto: { $amount }
screener-threshold = Cifra usada: { $value } (fuente: { $sources }).
screener-threshold-dated = Cifra usada: { $value } (fuente: { $sources }; vigente desde el { $date }).
screener-check-legal-provider = Consulte con un proveedor legal.
screener-flag-review = Un proveedor legal necesita revisar parte de esto: consulte con un proveedor legal.
screener-flag-borderline = Su respuesta está justo en el límite, que las fuentes expresan de forma distinta: consulte con un proveedor legal.
screener-flag-single-source = Una cifra usada aquí viene de una sola fuente que no pudimos comprobar: consulte con un proveedor legal.
screener-flag-no-parameter = No tenemos la cifra vigente para hoy: consulte con un proveedor legal.
screener-flag-unverified = Una cifra usada aquí todavía no está confirmada: consulte con un proveedor legal.
screener-services = Dónde pedir ayuda
screener-services-none = Todavía no hay servicios en la lista para este programa. Llame al 211 para pedir ayuda.
screener-more-services = Buscar más servicios como estos
screener-change-answers = Cambiar sus respuestas
screener-start-over = Empezar de nuevo sin respuestas
screener-unit-years = { $n ->
    [one] 1 año
   *[other] { $n } años
}
screener-unit-months = { $n ->
    [one] 1 mes
   *[other] { $n } meses
}
screener-unit-days = { $n ->
    [one] 1 día
   *[other] { $n } días
}
fact-age = su edad
fact-relationship = el parentesco de cada persona con usted
fact-receives-means-tested-benefit = si alguien recibe un beneficio basado en sus ingresos
fact-household-size = cuántas personas viven en su hogar
fact-household-annual-income = el ingreso de su hogar
fact-household-income-pct-fpg = el ingreso de su hogar comparado con la guía de pobreza
fact-state = su estado
fact-lives-in-city = si vive en la ciudad
fact-permanent-resident-since = la fecha en que se hizo residente permanente
fact-years-as-permanent-resident = cuánto tiempo lleva como residente permanente
fact-married = si está casado o casada
fact-spouse-is-us-citizen = si su cónyuge es ciudadano de los Estados Unidos
fact-married-to-citizen-since = desde cuándo está casado o casada con su cónyuge ciudadano
fact-lives-in-state-since = desde cuándo vive en su estado
fact-days-outside-us-last-5y = sus días fuera de los Estados Unidos en los últimos 5 años
fact-days-outside-us-last-3y = sus días fuera de los Estados Unidos en los últimos 3 años
fact-longest-trip-days-last-5y = su viaje más largo fuera de los Estados Unidos en los últimos 5 años
fact-longest-trip-days-last-3y = su viaje más largo fuera de los Estados Unidos en los últimos 3 años
fact-facing-removal-proceedings = si tiene un caso en la corte de inmigración
fact-military-service = si sirvió en las fuerzas armadas de los Estados Unidos
fact-extreme-financial-hardship = si tiene problemas de dinero graves
fact-lives-in-county = si vive en el condado
fact-enrolled-in-high-school = si está en la escuela secundaria
fact-receives-snap-or-wic = si alguien recibe SNAP o WIC
fact-runs-or-plans-small-business = si tiene o piensa empezar un pequeño negocio
fact-has-photo-identity-document = si tiene una identificación con foto
fact-has-proof-of-city-address = si puede mostrar un comprobante de domicilio en la ciudad
rule-all = Se cumple todo esto.
rule-any = Se cumple al menos una de estas cosas.
rule-not = Esto no se cumple.
rule-any-member = Alguien de su hogar cumple esto.
rule-all-members = Todas las personas de su hogar cumplen esto.
rule-is-true = { $verdict ->
    [likely] Sí: { $fact }.
   *[other] No es así: { $fact }.
}
rule-is-false = { $verdict ->
    [likely] No es así: { $fact }.
   *[other] Sí: { $fact }.
}
rule-one-of = { $fact }: { $value }.
rule-compare-at-least = { $fact }: { $value } (se necesita al menos { $threshold }).
rule-compare-at-most = { $fact }: { $value } (como máximo { $threshold }).
rule-compare-greater-than = { $fact }: { $value } (se necesita más de { $threshold }).
rule-compare-less-than = { $fact }: { $value } (se necesita menos de { $threshold }).
rule-compare-equals = { $fact }: { $value } (se necesita { $threshold }).
rule-income-at-most-fpg-percent = { $verdict ->
    [likely] El ingreso de su hogar ({ $income } al año, hogar de { $household-size }) es igual o menor al { $limit-percent }% de la guía federal de pobreza de { $year }: { $limit }.
    [unlikely] El ingreso de su hogar ({ $income } al año, hogar de { $household-size }) es mayor al { $limit-percent }% de la guía federal de pobreza de { $year }: { $limit }.
   *[other] El ingreso de su hogar ({ $income } al año, hogar de { $household-size }) está cerca del { $limit-percent }% de la guía federal de pobreza de { $year }: { $limit }.
}
rule-income-at-least-fpg-percent = { $verdict ->
    [likely] El ingreso de su hogar ({ $income } al año, hogar de { $household-size }) es igual o mayor al { $limit-percent }% de la guía federal de pobreza de { $year }: { $limit }.
   *[other] El ingreso de su hogar ({ $income } al año, hogar de { $household-size }) es menor al { $limit-percent }% de la guía federal de pobreza de { $year }: { $limit }.
}
rule-income-greater-than-fpg-percent = { $verdict ->
    [likely] El ingreso de su hogar ({ $income } al año, hogar de { $household-size }) es mayor al { $limit-percent }% de la guía federal de pobreza de { $year }: { $limit }.
   *[other] El ingreso de su hogar ({ $income } al año, hogar de { $household-size }) no es mayor al { $limit-percent }% de la guía federal de pobreza de { $year }: { $limit }.
}
rule-income-less-than-fpg-percent = { $verdict ->
    [likely] El ingreso de su hogar ({ $income } al año, hogar de { $household-size }) es menor al { $limit-percent }% de la guía federal de pobreza de { $year }: { $limit }.
   *[other] El ingreso de su hogar ({ $income } al año, hogar de { $household-size }) no es menor al { $limit-percent }% de la guía federal de pobreza de { $year }: { $limit }.
}
rule-income-equals-fpg-percent = El ingreso de su hogar ({ $income } al año, hogar de { $household-size }) comparado con el { $limit-percent }% de la guía federal de pobreza de { $year }: { $limit }.
rule-elapsed-since = { $verdict ->
    [likely] Desde el { $since }: { $period } cumplidos el { $date }.
   *[other] Desde el { $since }: { $period } se cumplen el { $date }.
}
rule-physical-presence = Estuvo en los Estados Unidos { $days-present } de los últimos { $window-days }: se necesitan al menos { $threshold }.
rule-continuous-residence = { $band ->
    [short] Su viaje más largo fuera de los Estados Unidos ({ $days }) fue de menos de 6 meses.
    [presumption] Su viaje más largo fuera de los Estados Unidos ({ $days }) fue de más de 6 meses: esto puede romper la “residencia continua” salvo que pueda demostrar lo contrario. Consulte con un proveedor legal.
    [possible-break] Su viaje más largo fuera de los Estados Unidos ({ $days }) pudo durar 1 año o más: consulte con un proveedor legal.
   *[break] Su viaje más largo fuera de los Estados Unidos ({ $days }) duró 1 año o más: esto normalmente rompe la “residencia continua”. Consulte con un proveedor legal.
}
rule-n400-path-general = El camino de 5 años para residentes permanentes.
rule-n400-path-spouse = El camino de 3 años para cónyuges de ciudadanos estadounidenses.
rule-n400-min-age = { $verdict ->
    [likely] Tiene { $value }: se necesitan al menos { $threshold } para solicitar.
   *[other] Tiene { $value }: debe tener al menos { $threshold } para solicitar.
}
rule-n400-earliest-filing = { $verdict ->
    [likely] En el camino de 5 años, podía presentar la solicitud desde el { $date } ({ $period } como residente permanente desde el { $since }, menos { $early-days }): esa fecha ya pasó.
   *[other] En el camino de 5 años, la primera fecha para presentar la solicitud es el { $date } ({ $period } como residente permanente desde el { $since }, menos { $early-days }).
}
rule-n400-earliest-filing-spouse = { $verdict ->
    [likely] En el camino de 3 años para cónyuges, podía presentar la solicitud desde el { $date } ({ $period } como residente permanente desde el { $since }, menos { $early-days }): esa fecha ya pasó.
   *[other] En el camino de 3 años para cónyuges, la primera fecha para presentar la solicitud es el { $date } ({ $period } como residente permanente desde el { $since }, menos { $early-days }).
}
rule-n400-state-residence = { $verdict ->
    [likely] Vive en su estado desde el { $since }: se necesitan al menos { $period }.
   *[other] Vive en su estado desde el { $since }: se necesitan { $period }, que se cumplen el { $date }.
}
rule-n400-married = { $verdict ->
    [likely] Está casado o casada.
   *[other] Dijo que no está casado o casada, así que el camino de 3 años para cónyuges no aplica.
}
rule-n400-spouse-citizen = { $verdict ->
    [likely] Su cónyuge es ciudadano de los Estados Unidos.
   *[other] Dijo que su cónyuge no es ciudadano de los Estados Unidos, así que el camino de 3 años para cónyuges no aplica.
}
rule-n400-marital-union = { $verdict ->
    [likely] Está casado o casada con su cónyuge ciudadano y vive con él o ella desde el { $since }: se necesitan al menos { $period }.
   *[other] Está casado o casada con su cónyuge ciudadano y vive con él o ella desde el { $since }: se necesitan { $period }, que se cumplen el { $date }.
}
rule-n400-fee-waiver-benefit = { $verdict ->
    [likely] { $person ->
        [you] Usted recibe un beneficio basado en sus ingresos.
       *[member] { $who } recibe un beneficio basado en sus ingresos.
    }
   *[other] { $person ->
        [you] Usted no recibe un beneficio basado en sus ingresos.
       *[member] { $who } no recibe un beneficio basado en sus ingresos.
    }
}
rule-n400-fee-waiver-benefit-relative = { $verdict ->
    [likely] { $person ->
        [you] Su propio beneficio cuenta.
       *[member] { $who } es su cónyuge o su hijo o hija: su beneficio cuenta.
    }
   *[other] { $who } no es su cónyuge ni su hijo o hija: para otros familiares, consulte con un proveedor legal.
}
rule-n400-fee-waiver-benefit-parent-or-sibling = Su padre o madre, o un hermano o hermana de su hogar, recibe un beneficio basado en sus ingresos: esto puede contar. Consulte con un proveedor legal.
rule-n400-fee-waiver-hardship = { $verdict ->
    [unlikely] No dijo que tenga problemas de dinero graves.
   *[other] Tiene problemas de dinero graves: un proveedor legal puede ayudarle a demostrar dificultades económicas extremas.
}
rule-n400-fee-military = { $verdict ->
    [likely] Sirve o sirvió en las fuerzas armadas de los Estados Unidos: es posible que no tenga que pagar la tarifa.
   *[other] Dijo que no ha servido en las fuerzas armadas de los Estados Unidos.
}
rule-n400-fee-full-not-military = { $verdict ->
    [likely] Dijo que no ha servido en las fuerzas armadas de los Estados Unidos.
   *[other] Sirve o sirvió en las fuerzas armadas de los Estados Unidos, así que puede aplicar una exención de la tarifa.
}
rule-n400-fee-full-income-over-reduced-limit = El ingreso de su hogar es mayor al límite de la tarifa reducida.
rule-city-resident = { $verdict ->
    [likely] Vive en la ciudad.
   *[other] Dijo que no vive en la ciudad.
}
rule-county-resident = { $verdict ->
    [likely] Vive en el condado.
   *[other] Dijo que no vive en el condado.
}
rule-city-or-county-resident = { $verdict ->
    [likely] Vive en la ciudad o en el condado.
   *[other] Dijo que no vive ni en la ciudad ni en el condado.
}
rule-city-id-min-age = Tiene { $value }: la identificación es para personas de { $threshold } o más.
rule-city-id-photo-identity = { $verdict ->
    [likely] Tiene una identificación con foto de algún país.
   *[other] Dijo que no tiene una identificación con foto. Un navegador puede decirle qué otros documentos pueden aceptarse.
}
rule-city-id-proof-of-address = { $verdict ->
    [likely] Puede mostrar un comprobante de su domicilio en la ciudad.
   *[other] Dijo que no puede mostrar un comprobante de domicilio. Una carta de un albergue o de una organización sin fines de lucro puede servir: pregunte a un navegador.
}
rule-esl-age = { $verdict ->
    [likely] Su edad corresponde a las clases.
   *[other] Las clases son para adultos, y para jóvenes de 16 o 17 años que no están en la escuela secundaria.
}
rule-esl-adult = { $verdict ->
    [likely] Tiene { $value }: las clases son para adultos de { $threshold } o más.
   *[other] Tiene { $value }: las clases para adultos empiezan a los { $threshold }.
}
rule-esl-teen-out-of-school = { $verdict ->
    [likely] Es joven y no está en la escuela secundaria: puede inscribirse.
   *[other] Los jóvenes pueden inscribirse solo si no están en la escuela secundaria.
}
rule-esl-min-age = { $verdict ->
    [likely] Tiene { $value }: se necesitan al menos { $threshold }.
   *[other] Tiene { $value }: las clases empiezan a los { $threshold }.
}
rule-esl-not-in-high-school = { $verdict ->
    [likely] No está en la escuela secundaria.
   *[other] Está en la escuela secundaria: su escuela ofrece apoyo en inglés.
}
rule-food-snap-or-wic = { $verdict ->
    [likely] { $person ->
        [you] Usted recibe SNAP o WIC.
       *[member] { $who } recibe SNAP o WIC.
    }
   *[other] { $person ->
        [you] Usted no recibe SNAP ni WIC.
       *[member] { $who } no recibe SNAP ni WIC.
    }
}
rule-food-snap-or-wic-household = { $verdict ->
    [likely] Alguien de su hogar recibe SNAP o WIC.
   *[other] Nadie de su hogar recibe SNAP ni WIC.
}
rule-facing-removal-proceedings = { $verdict ->
    [likely] Tiene un caso en la corte de inmigración: el fondo paga un abogado para defenderle.
   *[other] Dijo que no tiene un caso en la corte de inmigración.
}
rule-small-business-owner = { $verdict ->
    [likely] Tiene o piensa empezar un pequeño negocio.
   *[other] Dijo que no tiene ni piensa empezar un pequeño negocio.
}
rule-n400-fee-waiver-benefit-parent-relative = { $verdict ->
    [likely] { $who } es su padre, su madre o su hermano o hermana: su beneficio puede contar.
   *[other] { $person ->
        [you] Esta parte trata de un padre, una madre o un hermano o hermana que vive con usted.
       *[member] { $who } no es su padre, su madre ni su hermano o hermana.
    }
}
