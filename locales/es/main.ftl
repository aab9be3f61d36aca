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
report-what-we-keep = Solo guardamos el problema que eligió y su texto, sin su nombre, dirección ni dispositivo, para que nuestro equipo revise la información.

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
privacy-reports = Si reporta un problema con un servicio, guardamos el problema que eligió y su texto, sin su nombre ni dispositivo, solo en memoria, hasta que el equipo lo revise o el servidor se reinicie.
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
distance-miles = { $miles } mi

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
