# Puerta, páginas para moradores: português.
# review-state: draft
# Machine-drafted by the Puerta team; not yet reviewed by a fluent speaker.
# Rascunho feito pela equipe do Puerta; ainda não revisado por alguém fluente em português.

## Estrutura do site

site-name = Puerta
site-tagline = Encontre ajuda gratuita ou de baixo custo para imigrantes: ajuda jurídica, saúde, comida, moradia, aulas de inglês e muito mais.
skip-to-content = Pular para o conteúdo principal
nav-label = Menu principal
nav-search = Encontrar ajuda
nav-rights = Conheça seus direitos
nav-about = Sobre nós e privacidade
language-switcher = Idioma
footer-privacy = Não rastreamos você. Sem contas, sem anúncios, sem estatísticas de visitas.
footer-privacy-link = O que guardamos
footer-emergency = Em uma emergência, ligue para o 911. Para encontrar serviços, ligue para o 211.

## Erros

not-found-title = Página não encontrada
not-found-body = Não encontramos esta página. O serviço pode ter fechado ou mudado de lugar, ou o endereço pode ter um erro de digitação.
error-title = Algo deu errado
error-body = Algo deu errado do nosso lado. Por favor, tente de novo em alguns minutos.
error-go-home = Ir para a página inicial

## Busca e página inicial

search-label = Com o que você precisa de ajuda?
search-button = Buscar
search-hint = Escreva em qualquer idioma, por exemplo: advogado grátis, comida, aulas de inglês.
home-title = Encontrar ajuda
home-heading = Encontre ajuda perto de você
home-lead = Serviços gratuitos ou de baixo custo para imigrantes e suas famílias. Você não precisa dar seu nome.
home-needs-heading = Ou escolha um assunto
home-rights-heading = Conheça seus direitos
home-rights-body = Todas as pessoas nos Estados Unidos têm direitos, qualquer que seja sua situação imigratória.
home-rights-link = Leia sobre seus direitos
home-privacy = Suas buscas não são guardadas. Não perguntamos sobre situação imigratória.

need-legal = Ajuda jurídica
need-legal-hint = Advogados grátis e ajuda com imigração
need-health = Saúde
need-health-hint = Clínicas, médicos, dentistas
need-food = Comida
need-food-hint = Bancos de alimentos e refeições grátis
need-housing = Moradia
need-housing-hint = Abrigo e ajuda com o aluguel
need-english = Aprender inglês
need-english-hint = Aulas de inglês grátis
need-jobs = Trabalho
need-jobs-hint = Encontrar emprego e cursos profissionalizantes
need-business = Abrir um negócio
need-business-hint = Ajuda e empréstimos para pequenos negócios
need-money = Dinheiro e bancos
need-money-hint = Contas bancárias, impostos, orçamento
need-citizenship = Cidadania
need-citizenship-hint = Tornar-se cidadão dos Estados Unidos
need-id = Documentos de identidade
need-id-hint = Carteiras de identidade e carteiras de motorista
need-family = Família e escola
need-family-hint = Matrícula escolar e cuidado de crianças
need-emergency = Emergências
need-emergency-hint = Linhas de crise e ajuda urgente

## Resultados

results-title = Resultados da busca
results-title-for = Resultados para “{ $query }”
results-start = Escreva o que você precisa na caixa acima, ou escolha um assunto:
results-count = { $count ->
    [0] Nenhum serviço encontrado
    [one] { $count } serviço encontrado
   *[other] { $count } serviços encontrados
}
results-understood = Também buscamos: { $terms }
results-search-unavailable = A busca não está disponível agora. Por favor, tente de novo mais tarde.
results-unknown-zip = Não conhecemos este CEP (ZIP code). Por favor, confira: ele tem 5 números, como 45402.
results-bad-filter = Não conseguimos usar um dos filtros. Por favor, confira os filtros e tente de novo.
filters-heading = Filtros
filter-language = Idioma falado
filter-language-any = Qualquer idioma
filter-near = Perto do CEP (ZIP code)
filter-near-hint = 5 números, por exemplo 45402
filter-radius = Distância
filter-radius-miles = { $miles ->
    [one] Até { $miles } milha
   *[other] Até { $miles } milhas
}
filter-only = Mostrar só serviços que
filter-free = são grátis
filter-open-now = estão abertos agora
filter-walk-in = atendem sem hora marcada
filter-accessible = têm acesso para cadeira de rodas
filter-no-id = não pedem documento de identidade
filter-no-ssn = não pedem número do Seguro Social (Social Security)
filters-apply = Aplicar filtros
hit-languages = Idiomas: { $languages }
why-heading = Por que apareceu:
why-words = palavras { $words }
why-category = o assunto combina com a sua busca
verified-on = Informações conferidas em { $date }
verified-unknown = Não sabemos quando estas informações foram conferidas pela última vez.
pager-label = Páginas
pager-prev = Página anterior
pager-next = Próxima página
pager-page = Página { $page }
map-label = { $count ->
    [one] Mapa de { $count } resultado desta página
   *[other] Mapa de { $count } resultados desta página
}
map-hide = Ocultar o mapa
map-show = Mostrar o mapa
empty-heading = Não encontramos serviços para esta busca
empty-body = Isso não quer dizer que não existe ajuda. Você pode:
empty-clear-filters = Buscar de novo sem filtros
empty-other-words = Tentar outras palavras, ou menos palavras, ou um assunto abaixo.
empty-call-211 = Ligar para o 211 (grátis, em qualquer idioma) para falar com alguém que pode ajudar.
empty-browse = Assuntos

## Selos de confiança e avisos jurídicos

badge-doj-recognized = Organização reconhecida pelo DOJ (Departamento de Justiça)
badge-doj-accredited = Representantes credenciados pelo DOJ
badge-attorney = Com advogados na equipe
notario-warning-title = Cuidado com a fraude de “notários”
notario-warning-body = Nos Estados Unidos, um “notario”, um notary public ou um “consultor de imigração” NÃO é advogado e não pode dar orientação jurídica sobre imigração. Só um advogado licenciado ou um representante credenciado pelo DOJ, em uma organização reconhecida, pode ajudar no seu caso de imigração.
notario-warning-link = Como se proteger

## Página do serviço

service-offered-by = Oferecido por
service-not-active = Este serviço pode estar fechado agora. Ligue antes de ir.
service-what = O que oferecem
service-who = Quem pode receber
service-who-unknown = O prestador não diz quem pode receber este serviço. Ligue para perguntar.
service-ages-between = De { $min } a { $max } anos
service-ages-from = A partir de { $min } anos
service-ages-to = Até { $max } anos
service-cost = Custo
service-free = Grátis
service-cost-unknown = O prestador não diz quanto custa. Ligue para perguntar.
service-how = Como receber
service-walk-in = Você pode ir sem hora marcada.
service-appointment = Você precisa marcar um horário.
service-languages = Idiomas falados
service-languages-unknown = O prestador não diz quais idiomas fala.
service-documents = Documentos para levar
service-documents-none-listed = O prestador não indica documentos para levar.
service-no-id = Você não precisa de documento de identidade.
service-no-ssn = Você não precisa de número do Seguro Social.
service-where-when = Onde e quando
service-virtual = On-line ou por telefone
service-directions = Como chegar (OpenStreetMap)
service-hours = Horário de funcionamento
service-hours-unknown = O horário não foi publicado. Ligue antes de ir.
service-contact = Contato
status-open = Aberto agora
status-open-closes = Aberto agora · fecha às { $time }
status-closed = Fechado agora
status-closed-opens-today = Fechado agora · abre hoje às { $time }
status-closed-opens-on = Fechado agora · abre { $day } às { $time }
days-range = de { $first } a { $last }
hours-range = das { $opens } às { $closes }
hours-closed = Fechado
hours-all-day = Aberto 24 horas
hours-zone = Horários no horário local ({ $zone }).

## Informar um problema

report-heading = Informar um problema com este serviço
report-category = O que está errado?
report-closed = O serviço fechou ou não existe mais
report-wrong-phone = O número de telefone está errado
report-wrong-address = O endereço está errado
report-wrong-hours = O horário está errado
report-wrong-languages = Eles não falam os idiomas indicados
report-asked-for-payment = Pediram dinheiro por um serviço grátis
report-other = Outra coisa
report-details = Conte mais (opcional)
report-no-personal-data = Não escreva seu nome, telefone, endereço nem nada sobre sua situação imigratória.
report-send = Enviar
report-thanks = Obrigado. Nossa equipe vai conferir estas informações.
report-what-we-keep = Guardamos só o problema que você escolheu, o seu texto e o dia do envio, sem seu nome, endereço ou aparelho, por no máximo 180 dias, para nossa equipe conferir as informações.
report-not-taken-title = Não conseguimos receber seu informe agora
report-not-taken-body = Este serviço, ou este site, recebeu muitos informes hoje, por isso o seu não foi salvo. Tente de novo amanhã ou ligue para o serviço para confirmar.

## Página da organização

organization-services = Serviços
organization-no-services = Esta organização não mostra nenhum serviço no momento.

## Conheça seus direitos

rights-title = Conheça seus direitos
rights-lead = Informações em linguagem simples sobre seus direitos nos Estados Unidos, qualquer que seja sua situação imigratória.
rights-not-legal-advice = Estas são informações gerais, não orientação jurídica. Para orientação sobre o seu caso, fale com um advogado licenciado ou com um representante credenciado pelo DOJ.
rights-reviewed = Revisado pela última vez em { $date }
rights-more = Mais sobre seus direitos

rights-home-title = Seus direitos em casa
rights-home-intro = O que fazer se agentes de imigração (ICE) ou a polícia vierem à sua porta.
rights-home-point-1 = Você não é obrigado a abrir a porta. Peça que mostrem um mandado pela janela ou que passem o mandado por baixo da porta.
rights-home-point-2 = Um formulário do ICE (um “mandado administrativo”, formulário I-200 ou I-205) não permite que os agentes entrem na sua casa. Só um mandado assinado por um juiz permite isso, e ele precisa ter o seu endereço.
rights-home-point-3 = Você tem o direito de ficar calado. Você pode dizer: “Estou usando meu direito de ficar calado.”
rights-home-point-4 = Não assine nenhum papel que você não entende. Você tem o direito de falar com um advogado antes.
rights-home-point-5 = Não minta e não mostre documentos falsos. Faça um plano com sua família: quem vai cuidar dos seus filhos e para quem ligar.
rights-home-help = Se os seus direitos foram desrespeitados, anote o que aconteceu, os nomes dos agentes e os números dos distintivos, e procure uma organização de ajuda jurídica.

rights-work-title = Seus direitos no trabalho
rights-work-intro = A maioria das leis trabalhistas protege todos os trabalhadores, com ou sem documentos.
rights-work-point-1 = Você tem o direito de receber pelo menos o salário mínimo e de receber pelas horas extras.
rights-work-point-2 = Você tem o direito a um local de trabalho seguro. Você pode denunciar perigos sem ser punido.
rights-work-point-3 = Seu empregador não pode discriminar você por causa da sua origem nacional, raça, religião ou sexo.
rights-work-point-4 = É ilegal o seu empregador ameaçar chamar a imigração porque você reclamou do pagamento ou da segurança.
rights-work-point-5 = Anote suas horas, seu pagamento e o nome e o endereço do seu empregador.
rights-work-help = Um centro de trabalhadores ou uma organização de ajuda jurídica pode ajudar você, de graça, a receber salários não pagos.

rights-police-title = Seus direitos com a polícia e o ICE
rights-police-intro = O que fazer se você for parado na rua, no carro, ou se for preso.
rights-police-point-1 = Fique calmo. Não corra, não discuta e não resista, mesmo se achar que a abordagem é injusta.
rights-police-point-2 = Você tem o direito de ficar calado. Você não é obrigado a responder perguntas sobre onde nasceu ou sobre sua situação imigratória.
rights-police-point-3 = Pergunte: “Estou livre para ir embora?” Se disserem que sim, vá embora com calma.
rights-police-point-4 = Você não é obrigado a aceitar uma revista em você, no seu carro ou nas suas coisas.
rights-police-point-5 = Se você for preso, peça um advogado na hora. Não assine nada sem um advogado.
rights-police-point-6 = Decore o número de telefone de um familiar e de um advogado, caso peguem o seu celular.
rights-police-help = Se você ou alguém da sua família for detido pela imigração, procure uma organização de ajuda jurídica o mais rápido possível.

rights-school-title = Seus direitos na escola
rights-school-intro = Todas as crianças nos Estados Unidos têm direito à educação pública gratuita.
rights-school-point-1 = As escolas públicas devem aceitar as crianças, qualquer que seja a situação imigratória delas ou dos pais.
rights-school-point-2 = As escolas não podem pedir número do Seguro Social nem documentos de imigração para matricular uma criança.
rights-school-point-3 = As escolas podem pedir um comprovante de que você mora no distrito escolar e um comprovante da idade do seu filho. Muitos documentos diferentes são aceitos.
rights-school-point-4 = Você tem direito a um intérprete de graça quando falar com a escola.
rights-school-point-5 = As crianças que estão aprendendo inglês têm direito a apoio no idioma.
rights-school-help = Se uma escola se recusar a matricular seu filho, peça a recusa por escrito e procure uma organização de ajuda jurídica.

rights-notario-title = Evite a fraude de “notários”
rights-notario-intro = Algumas pessoas fingem que podem ajudar com papéis de imigração e ficam com o seu dinheiro.
rights-notario-point-1 = Em muitos países, um “notario” é advogado. Nos Estados Unidos, um notary public NÃO é advogado e não pode ajudar em casos de imigração.
rights-notario-point-2 = Só um advogado licenciado, ou um representante credenciado pelo DOJ que trabalha em uma organização reconhecida pelo DOJ, pode dar orientação jurídica sobre imigração.
rights-notario-point-3 = Nunca pague alguém que promete um green card, uma autorização de trabalho ou uma “lei especial” rápido ou com certeza.
rights-notario-point-4 = Nunca assine um formulário em branco ou com informações falsas. Peça sempre cópias de tudo o que você assinar e entregar.
rights-notario-point-5 = Os formulários do governo podem ser baixados de graça em uscis.gov. Cuidado com quem cobra pelos próprios formulários.
rights-notario-help = Se você foi vítima de fraude de “notário”, procure uma organização de ajuda jurídica. Você pode denunciar mesmo sem documentos.

## Sobre nós e privacidade

about-title = Sobre nós e privacidade
about-lead = Puerta é um guia gratuito de serviços para imigrantes e refugiados. É um software livre (de código aberto) mantido por organizações locais.
privacy-heading = Sua privacidade
privacy-not-stored-heading = O que não guardamos
privacy-no-accounts = Não existem contas. Nunca pedimos seu nome, telefone ou endereço.
privacy-no-search-logs = Não guardamos o que você busca, as páginas que você visita nem o seu CEP.
privacy-no-analytics = Não há estatísticas de visitas, nem publicidade, nem rastreamento.
privacy-no-third-parties = As páginas não carregam nada de outros sites: nem fontes, nem mapas, nem scripts de outras empresas.
privacy-no-status = Nunca perguntamos sobre situação imigratória.
privacy-stored-heading = O que guardamos
privacy-language-cookie = Um cookie, “lang”, só se você escolher um idioma: ele lembra o seu idioma por um ano. Não tem mais nada dentro.
privacy-reports = Se você informar um problema com um serviço, guardamos no nosso banco de dados o problema que você escolheu, o seu texto e o dia do envio (não o horário). Não guardamos seu nome, endereço, aparelho nem endereço IP. Só a equipe que mantém este diretório atualizado lê esses informes. Ela apaga cada informe depois de conferir as informações, e todo informe é apagado em no máximo 180 dias.
privacy-server-logs = Nosso servidor registra dados técnicos (que tipo de página foi pedida, se funcionou, quanto tempo levou), nunca as suas buscas nem o que você escreve.
about-data-heading = De onde vêm as informações
about-data-body = Os serviços são cadastrados por organizações locais e conferidos pela nossa equipe. Cada página de serviço mostra quando as informações foram conferidas pela última vez. Ligue sempre antes de ir.
about-translations-heading = Traduções
about-translations-body = As páginas são escritas em inglês e traduzidas. Veja até onde cada tradução foi revisada:
about-translations-language = Idioma
about-translations-state = Situação
review-state-source = Texto original
review-state-reviewed = Revisada por alguém fluente no idioma
review-state-draft = Rascunho, ainda não revisado por alguém fluente no idioma
review-state-machine = Tradução automática, ainda não revisada
review-state-missing = Ainda não traduzida (aparece em inglês)
review-state-unknown = Não informado

## Datas, horários, distâncias

time-style = 24h
time-am = da manhã
time-pm = da tarde
weekday-mon = segunda-feira
weekday-tue = terça-feira
weekday-wed = quarta-feira
weekday-thu = quinta-feira
weekday-fri = sexta-feira
weekday-sat = sábado
weekday-sun = domingo
date-long = { $day } de { $month } de { $year }
month-1 = janeiro
month-2 = fevereiro
month-3 = março
month-4 = abril
month-5 = maio
month-6 = junho
month-7 = julho
month-8 = agosto
month-9 = setembro
month-10 = outubro
month-11 = novembro
month-12 = dezembro
distance-miles = { $miles } mi ({ $km } km)

## Nomes dos idiomas

language-en = inglês
language-es = espanhol
language-zh = chinês
language-yue = cantonês
language-tl = tagalo
language-vi = vietnamita
language-ar = árabe
language-fr = francês
language-ht = crioulo haitiano
language-ko = coreano
language-ru = russo
language-pt = português
language-uk = ucraniano
language-fa = persa
language-prs = dari
language-ps = pashto
language-am = amárico
language-so = somali
language-sw = suaíli
language-ti = tigrínia
language-tr = turco
language-ne = nepalês
language-my = birmanês
language-mam = mam
language-asl = língua de sinais americana

## Plano

plan-nav = Meu plano ({ $count })
plan-title = Meu plano
plan-print-title = Meu plano (para imprimir)
plan-lead = Os serviços que você escolheu. Seu plano fica guardado só no endereço desta página, não no nosso servidor: guarde o link, imprima a página ou leia o código QR.
plan-add = Adicionar ao meu plano
plan-in-plan = No seu plano
plan-full = Seu plano está cheio (20 serviços). Tire um para adicionar outro.
plan-empty = Seu plano está vazio. Procure serviços e escolha “Adicionar ao meu plano”.
plan-find-more = Encontrar mais serviços
plan-remove = Tirar { $name } do meu plano
plan-damaged = Não foi possível ler uma parte do link deste plano. Confira se você copiou o link inteiro.
plan-missing = { $count ->
    [one] { $count } serviço deste plano não está mais no guia.
   *[other] { $count } serviços deste plano não estão mais no guia.
}
plan-share-heading = Guarde ou compartilhe seu plano
plan-share-link = Link para este plano:
plan-share-hint = Qualquer pessoa com este link ou código QR pode ver os serviços deste plano. Ele não tem o seu nome.
plan-qr-alt = Código QR com o link para este plano
plan-print = Versão para imprimir
plan-print-hint = Use a opção Imprimir do seu navegador para imprimir esta página ou salvar como PDF.
plan-back = Voltar para o meu plano
plan-printed-on = Impresso em { $date }. Ligue antes de ir: os horários podem mudar.
plan-send-heading = Enviar o link por mensagem de texto (SMS) ou e-mail
plan-send-to = Número de telefone ou endereço de e-mail
plan-send-hint = Por exemplo 937 555 0101 ou nome@exemplo.org. Usamos só para enviar esta mensagem e não guardamos.
plan-send-button = Enviar o link
plan-send-disabled = O envio por mensagem de texto ou e-mail ainda não está disponível nesta cidade. Você pode copiar o link, imprimir o plano ou ler o código QR.
plan-send-failed = Não conseguimos enviar a mensagem. Por favor, tente de novo mais tarde, ou copie o link.
plan-send-empty = Escreva um número de telefone ou um endereço de e-mail.
plan-send-bad-phone = Este número de telefone não parece certo. Escreva 10 números, como 937 555 0101, ou um + e o código do país.
plan-send-bad-email = Este endereço de e-mail não parece certo. Confira, por exemplo nome@exemplo.org.
plan-send-empty-plan = Seu plano está vazio: ainda não há nada para enviar.
plan-sent-sms = Enviamos o link por mensagem de texto.
plan-sent-email = Enviamos o link por e-mail.
plan-message = Seu plano do { $site }: { $link }
