# Puerta, paj pou moun k ap viv nan zòn nan: kreyòl ayisyen.
# review-state: draft
# Machine-drafted by the Puerta team; not yet reviewed by a fluent speaker.
# Ekip Puerta a prepare tradiksyon sa a; yon moun ki pale kreyòl byen poko revize l.

## Kad sit la

site-name = Puerta
site-tagline = Jwenn èd gratis oswa ki pa koute chè pou imigran: èd legal, sante, manje, lojman, kou angle ak plis ankò.
skip-to-content = Ale nan kontni prensipal la
nav-label = Meni prensipal
nav-search = Chèche èd
nav-rights = Konnen dwa ou
nav-about = Sou nou ak vi prive
language-switcher = Lang
footer-privacy = Nou pa swiv ou. Pa gen kont, pa gen piblisite, pa gen estatistik.
footer-privacy-link = Sa nou kenbe
footer-emergency = Si gen yon ijans, rele 911. Pou jwenn sèvis, rele 211.

## Erè

not-found-title = Nou pa jwenn paj la
not-found-body = Nou pa t jwenn paj sa a. Petèt sèvis la fèmen oswa li chanje kote, oswa gen yon fot nan adrès la.
error-title = Gen yon bagay ki pa mache
error-body = Gen yon pwoblèm bò kote pa nou. Tanpri eseye ankò nan kèk minit.
error-go-home = Ale nan paj dakèy la

## Bwat rechèch ak paj dakèy

search-label = Nan ki sa ou bezwen èd?
search-button = Chèche
search-hint = Ekri nan nenpòt lang, pa egzanp: avoka gratis, manje, kou angle.
home-title = Chèche èd
home-heading = Jwenn èd toupre w
home-lead = Sèvis gratis oswa ki pa koute chè pou imigran ak fanmi yo. Ou pa bezwen bay non w.
home-needs-heading = Oswa chwazi yon sijè
home-rights-heading = Konnen dwa ou
home-rights-body = Tout moun ki Ozetazini gen dwa, kèlkeswa estati imigrasyon yo.
home-rights-link = Li sou dwa ou
home-privacy = Nou pa anrejistre sa ou chèche. Nou pa poze kesyon sou estati imigrasyon.

need-legal = Èd legal
need-legal-hint = Avoka gratis ak èd pou imigrasyon
need-health = Sante
need-health-hint = Klinik, doktè, dantis
need-food = Manje
need-food-hint = Kote yo bay manje (food pantry) ak repa gratis
need-housing = Lojman
need-housing-hint = Abri ak èd pou peye lwaye
need-english = Aprann angle
need-english-hint = Kou angle gratis
need-jobs = Travay
need-jobs-hint = Jwenn travay ak fòmasyon pou travay
need-business = Louvri yon biznis
need-business-hint = Èd ak prè pou ti biznis
need-money = Lajan ak bank
need-money-hint = Kont labank, taks, bidjè
need-citizenship = Sitwayènte
need-citizenship-hint = Vin sitwayen ameriken
need-id = Papye idantite
need-id-hint = Kat idantite ak lisans pou kondui
need-family = Fanmi ak lekòl
need-family-hint = Enskri timoun lekòl ak gadri
need-emergency = Ijans
need-emergency-hint = Liy pou kriz ak èd ijan

## Rezilta

results-title = Rezilta rechèch la
results-title-for = Rezilta pou “{ $query }”
results-start = Ekri sa ou bezwen nan bwat ki anlè a, oswa chwazi yon sijè:
results-count = { $count ->
    [0] Nou pa jwenn okenn sèvis
    [one] Nou jwenn { $count } sèvis
   *[other] Nou jwenn { $count } sèvis
}
results-understood = Nou chèche tou: { $terms }
results-search-unavailable = Rechèch la pa disponib kounye a. Tanpri eseye ankò pita.
results-unknown-zip = Nou pa konnen kòd postal (ZIP) sa a. Tanpri verifye l: li gen 5 chif, tankou 45402.
results-bad-filter = Nou pa t ka sèvi ak youn nan filt yo. Tanpri verifye yo epi eseye ankò.
filters-heading = Filt
filter-language = Lang yo pale
filter-language-any = Nenpòt lang
filter-near = Toupre kòd postal
filter-near-hint = 5 chif, pa egzanp 45402
filter-radius = Distans
filter-radius-miles = { $miles ->
    [one] Pa plis pase { $miles } mil
   *[other] Pa plis pase { $miles } mil
}
filter-only = Montre sèlman sèvis ki
filter-free = gratis
filter-open-now = louvri kounye a
filter-walk-in = resevwa moun san randevou
filter-accessible = gen aksè pou chèz woulant
filter-no-id = pa mande kat idantite
filter-no-ssn = pa mande nimewo Sekirite Sosyal (Social Security)
filters-apply = Aplike filt yo
hit-languages = Lang: { $languages }
why-heading = Poukisa li parèt:
why-words = mo { $words }
why-category = sijè li a mache ak sa ou chèche a
verified-on = Nou verifye enfòmasyon yo nan dat { $date }
verified-unknown = Nou pa konnen ki dènye fwa yo te verifye enfòmasyon sa yo.
pager-label = Paj
pager-prev = Paj anvan an
pager-next = Paj apre a
pager-page = Paj { $page }
map-label = { $count ->
   *[other] Kat { $count } rezilta ki sou paj sa a
}
map-hide = Kache kat la
map-show = Montre kat la
empty-heading = Nou pa jwenn sèvis pou rechèch sa a
empty-body = Sa pa vle di pa gen èd. Ou kapab:
empty-clear-filters = Chèche ankò san filt
empty-other-words = Eseye lòt mo, oswa mwens mo, oswa yon sijè ki anba a.
empty-call-211 = Rele 211 (gratis, nan nenpòt lang) pou pale ak yon moun ki ka ede w.
empty-browse = Sijè

## Mak konfyans ak avètisman legal

badge-doj-recognized = Òganizasyon DOJ (Depatman Jistis) rekonèt
badge-doj-accredited = Reprezantan DOJ akredite
badge-attorney = Gen avoka nan ekip la
notario-warning-title = Fè atansyon ak fwod “notario”
notario-warning-body = Ozetazini, yon “notario”, yon notè piblik (notary public) oswa yon “konsiltan imigrasyon” PA avoka, e li pa gen dwa bay konsèy legal sou imigrasyon. Se sèlman yon avoka ki gen lisans oswa yon reprezantan DOJ akredite nan yon òganizasyon rekonèt ki ka ede w nan dosye imigrasyon ou.
notario-warning-link = Kijan pou w pwoteje tèt ou

## Paj sèvis la

service-offered-by = Se yo ki ofri l
service-not-active = Sèvis sa a ka fèmen kounye a. Rele anvan ou ale.
service-what = Sa yo ofri
service-who = Ki moun ki ka jwenn li
service-who-unknown = Founisè a pa di ki moun ki ka jwenn sèvis sa a. Rele pou mande.
service-ages-between = Laj { $min } rive { $max } an
service-ages-from = { $min } an oswa plis
service-ages-to = Jiska { $max } an
service-cost = Pri
service-free = Gratis
service-cost-unknown = Founisè a pa di konbyen li koute. Rele pou mande.
service-how = Kijan pou jwenn li
service-walk-in = Ou ka vini san randevou.
service-appointment = Ou bezwen yon randevou.
service-languages = Lang yo pale
service-languages-unknown = Founisè a pa di ki lang yo pale.
service-documents = Dokiman pou pote
service-documents-none-listed = Founisè a pa bay okenn lis dokiman pou pote.
service-no-id = Ou pa bezwen kat idantite.
service-no-ssn = Ou pa bezwen nimewo Sekirite Sosyal.
service-where-when = Ki kote ak ki lè
service-virtual = Sou entènèt oswa nan telefòn
service-directions = Kijan pou rive (OpenStreetMap)
service-hours = Lè yo louvri
service-hours-unknown = Yo pa pibliye lè yo louvri. Rele anvan ou ale.
service-contact = Kontak
status-open = Louvri kounye a
status-open-closes = Louvri kounye a · fèmen a { $time }
status-closed = Fèmen kounye a
status-closed-opens-today = Fèmen kounye a · louvri jodi a a { $time }
status-closed-opens-on = Fèmen kounye a · louvri { $day } a { $time }
days-range = { $first } rive { $last }
hours-range = { $opens } rive { $closes }
hours-closed = Fèmen
hours-all-day = Louvri 24 sou 24
hours-zone = Lè yo se lè lokal ({ $zone }).

## Rapòte yon pwoblèm

report-heading = Rapòte yon pwoblèm sou enfòmasyon sa yo
report-category = Ki sa ki pa bon?
report-closed = Sèvis la fèmen oswa li pa egziste ankò
report-wrong-phone = Nimewo telefòn nan pa bon
report-wrong-address = Adrès la pa bon
report-wrong-hours = Lè yo pa bon
report-wrong-languages = Yo pa pale lang ki ekri yo
report-asked-for-payment = Yo mande lajan pou yon sèvis ki gratis
report-other = Yon lòt bagay
report-details = Di nou plis (si ou vle)
report-no-personal-data = Pa ekri non w, nimewo telefòn ou, adrès ou, ni anyen sou estati imigrasyon ou.
report-send = Voye rapò a
report-thanks = Mèsi. Ekip nou an ap verifye enfòmasyon sa yo.
report-what-we-keep = Nou kenbe sèlman pwoblèm ou chwazi a, sa ou ekri a ak jou ou voye l la, san non w, adrès ou oswa aparèy ou, pou 180 jou pi plis, pou ekip nou an ka verifye enfòmasyon yo.
report-not-taken-title = Nou pa t ka pran rapò ou a kounye a
report-not-taken-body = Sèvis sa a, oswa sit sa a, resevwa anpil rapò jodi a, kidonk nou pa t anrejistre pa w la. Tanpri eseye ankò demen, oswa rele sèvis la pou verifye.

## Paj òganizasyon an

organization-services = Sèvis
organization-no-services = Òganizasyon sa a pa gen okenn sèvis sou lis la kounye a.

## Konnen dwa ou

rights-title = Konnen dwa ou
rights-lead = Enfòmasyon an mo senp sou dwa ou Ozetazini, kèlkeswa estati imigrasyon ou.
rights-not-legal-advice = Sa a se enfòmasyon jeneral, se pa konsèy legal. Pou konsèy sou sitiyasyon pa w, pale ak yon avoka ki gen lisans oswa ak yon reprezantan DOJ akredite.
rights-reviewed = Dènye revizyon: { $date }
rights-more = Plis sou dwa ou

rights-home-title = Dwa ou lakay ou
rights-home-intro = Sa pou w fè si ajan imigrasyon (ICE) oswa lapolis vin frape nan pòt ou.
rights-home-point-1 = Ou pa oblije louvri pòt la. Mande yo montre w yon manda nan fenèt la oswa glise l anba pòt la.
rights-home-point-2 = Yon fòm ICE (yon “manda administratif”, fòm I-200 oswa I-205) pa bay ajan yo dwa antre lakay ou. Se sèlman yon manda yon jij siyen ki bay dwa sa a, e adrès ou dwe ekri sou li.
rights-home-point-3 = Ou gen dwa pou w pa di anyen. Ou ka di: “Mwen sèvi ak dwa m pou m pa di anyen.”
rights-home-point-4 = Pa siyen okenn papye ou pa konprann. Ou gen dwa pale ak yon avoka anvan.
rights-home-point-5 = Pa bay manti epi pa montre fo papye. Fè yon plan ak fanmi w: ki moun ki pral okipe pitit ou yo, ak ki moun pou nou rele.
rights-home-help = Si yo pa respekte dwa ou, ekri sa ki te pase, non ajan yo ak nimewo badj yo, epi kontakte yon òganizasyon èd legal.

rights-work-title = Dwa ou nan travay
rights-work-intro = Pifò lwa sou travay pwoteje tout travayè, kit yo gen papye kit yo pa genyen.
rights-work-point-1 = Ou gen dwa pou yo peye w omwen salè minimòm nan, epi pou yo peye w pou lè siplemantè.
rights-work-point-2 = Ou gen dwa travay nan yon kote ki an sekirite. Ou ka rapòte danje san yo pa pini w.
rights-work-point-3 = Patwon ou pa gen dwa fè diskriminasyon kont ou poutèt peyi ou soti, ras ou, relijyon ou oswa sèks ou.
rights-work-point-4 = Se kont lalwa pou patwon ou menase rele imigrasyon paske ou plenyen sou peman oswa sou sekirite.
rights-work-point-5 = Kenbe yon kaye ak lè ou travay, kòb yo peye w, ak non ak adrès patwon ou.
rights-work-help = Yon sant travayè oswa yon òganizasyon èd legal ka ede w gratis pou w rekipere salè yo pa t peye w.

rights-police-title = Dwa ou devan lapolis ak ICE
rights-police-intro = Sa pou w fè si yo kanpe w nan lari, nan yon machin, oswa si yo arete w.
rights-police-point-1 = Rete kalm. Pa kouri, pa diskite, pa reziste, menm si ou panse yo pa gen rezon kanpe w.
rights-police-point-2 = Ou gen dwa pou w pa di anyen. Ou pa oblije reponn kesyon sou ki kote ou fèt oswa sou estati imigrasyon ou.
rights-police-point-3 = Mande: “Èske m ka ale?” Si yo di wi, ale tou dousman.
rights-police-point-4 = Ou pa oblije dakò pou yo fouye w, fouye machin ou oswa afè w.
rights-police-point-5 = Si yo arete w, mande yon avoka touswit. Pa siyen anyen san yon avoka.
rights-police-point-6 = Konnen pa kè nimewo telefòn yon moun nan fanmi w ak nimewo yon avoka, nan ka yo ta pran telefòn ou.
rights-police-help = Si imigrasyon arete w oswa arete yon moun nan fanmi w, kontakte yon òganizasyon èd legal pi vit posib.

rights-school-title = Dwa ou nan lekòl
rights-school-intro = Tout timoun Ozetazini gen dwa ale lekòl piblik gratis.
rights-school-point-1 = Lekòl piblik yo dwe aksepte timoun yo, kèlkeswa estati imigrasyon timoun yo oswa paran yo.
rights-school-point-2 = Lekòl yo pa gen dwa mande nimewo Sekirite Sosyal oswa papye imigrasyon pou enskri yon timoun.
rights-school-point-3 = Lekòl yo ka mande yon prèv ou rete nan distri a ak yon prèv laj pitit ou. Yo aksepte anpil kalite dokiman.
rights-school-point-4 = Ou gen dwa gen yon entèprèt gratis lè w ap pale ak lekòl la.
rights-school-point-5 = Timoun k ap aprann angle gen dwa jwenn èd nan lang nan.
rights-school-help = Si yon lekòl refize enskri pitit ou, mande yo ekri refi a sou papye epi kontakte yon òganizasyon èd legal.

rights-notario-title = Evite fwod “notario”
rights-notario-intro = Gen moun ki fè kwè yo ka ede w ak papye imigrasyon, epi yo pran lajan w.
rights-notario-point-1 = Nan anpil peyi, yon “notario” se yon avoka. Ozetazini, yon notè piblik (notary public) PA avoka e li pa ka ede nan dosye imigrasyon.
rights-notario-point-2 = Se sèlman yon avoka ki gen lisans, oswa yon reprezantan DOJ akredite ki travay nan yon òganizasyon DOJ rekonèt, ki ka bay konsèy legal sou imigrasyon.
rights-notario-point-3 = Pa janm peye yon moun ki pwomèt ou yon kat vèt (green card), yon pèmi travay oswa yon “lwa espesyal” byen vit oswa san mank.
rights-notario-point-4 = Pa janm siyen yon fòm ki vid oswa yon fòm ki gen fo enfòmasyon. Toujou mande kopi tout sa ou siyen ak tout sa ou depoze.
rights-notario-point-5 = Ou ka telechaje fòm gouvènman yo gratis sou uscis.gov. Fè atansyon ak nenpòt moun ki fè w peye pou fòm yo menm.
rights-notario-help = Si ou te viktim fwod “notario”, kontakte yon òganizasyon èd legal. Ou ka fè rapò a menm si ou pa gen papye.

## Sou nou ak vi prive

about-title = Sou nou ak vi prive
about-lead = Puerta se yon anyè gratis ak sèvis pou imigran ak refijye. Se yon lojisyèl lib (open source) òganizasyon lokal yo jere.
privacy-heading = Vi prive ou
privacy-not-stored-heading = Sa nou pa kenbe
privacy-no-accounts = Pa gen kont. Nou pa janm mande non w, nimewo telefòn ou oswa adrès ou.
privacy-no-search-logs = Nou pa kenbe sa ou chèche, paj ou vizite yo, ni kòd postal ou.
privacy-no-analytics = Pa gen estatistik, pa gen piblisite, pa gen swivi.
privacy-no-third-parties = Paj yo pa chaje anyen ki soti nan lòt sit: ni polis karaktè, ni kat, ni script lòt konpayi.
privacy-no-status = Nou pa janm poze kesyon sou estati imigrasyon.
privacy-stored-heading = Sa nou kenbe
privacy-language-cookie = Yon sèl cookie, “lang”, sèlman si ou chwazi yon lang: li sonje lang ou pandan yon ane. Pa gen anyen lòt ladan l.
privacy-reports = Si ou rapòte yon pwoblèm sou yon sèvis, nou kenbe nan baz done nou an pwoblèm ou chwazi a, sa ou ekri a ak jou ou voye l la (pa lè a). Nou pa kenbe non w, adrès ou, aparèy ou oswa adrès IP ou. Se sèlman ekip ki kenbe anyè sa a ajou a ki li rapò yo. Yo efase chak rapò lè yo fin verifye enfòmasyon yo, epi tout rapò efase apre 180 jou pi plis.
privacy-server-logs = Sèvè nou an anrejistre enfòmasyon teknik (ki kalite paj yo te mande, si sa te mache, konbyen tan sa te pran), men li pa janm anrejistre sa ou chèche oswa sa ou ekri.
about-data-heading = Kote enfòmasyon yo soti
about-data-body = Se òganizasyon lokal yo ki mete sèvis yo sou lis la, epi ekip nou an verifye yo. Chak paj sèvis montre ki dènye fwa yo te verifye enfòmasyon li yo. Toujou rele anvan ou ale.
about-translations-heading = Tradiksyon
about-translations-body = Paj yo ekri an angle epi yo tradui. Men kote revizyon chak tradiksyon rive:
about-translations-language = Lang
about-translations-state = Eta
review-state-source = Tèks orijinal
review-state-reviewed = Yon moun ki pale lang nan byen revize l
review-state-draft = Bouyon, yon moun ki pale lang nan byen poko revize l
review-state-machine = Tradiksyon otomatik, poko revize
review-state-missing = Poko tradui (li parèt an angle)
review-state-unknown = Yo pa di

## Dat, lè, distans

time-style = 12h
time-am = AM
time-pm = PM
weekday-mon = lendi
weekday-tue = madi
weekday-wed = mèkredi
weekday-thu = jedi
weekday-fri = vandredi
weekday-sat = samdi
weekday-sun = dimanch
date-long = { $day } { $month } { $year }
month-1 = janvye
month-2 = fevriye
month-3 = mas
month-4 = avril
month-5 = me
month-6 = jen
month-7 = jiyè
month-8 = out
month-9 = septanm
month-10 = oktòb
month-11 = novanm
month-12 = desanm
distance-miles = { $miles } mil ({ $km } km)

## Non lang yo

language-en = angle
language-es = panyòl
language-zh = chinwa
language-yue = kantonè
language-tl = tagalòg
language-vi = vyetnamyen
language-ar = arab
language-fr = franse
language-ht = kreyòl ayisyen
language-ko = koreyen
language-ru = ris
language-pt = pòtigè
language-uk = ikrenyen
language-fa = pèsan
language-prs = dari
language-ps = pachto
language-am = amarik
language-so = somali
language-sw = swahili
language-ti = tigrinya
language-tr = tik
language-ne = nepalè
language-my = birman
language-mam = mam
language-asl = lang siy ameriken

## Plan

plan-nav = Plan mwen ({ $count })
plan-title = Plan mwen
plan-print-title = Plan mwen (pou enprime)
plan-lead = Sèvis ou chwazi yo. Plan ou an anrejistre sèlman nan adrès paj sa a, li pa sou sèvè nou: kenbe lyen an, enprime paj la oswa eskane kòd QR la.
plan-add = Mete nan plan mwen
plan-in-plan = Nan plan ou
plan-full = Plan ou an plen (20 sèvis). Retire youn pou w ka mete yon lòt.
plan-empty = Plan ou an vid. Chèche sèvis epi chwazi “Mete nan plan mwen”.
plan-find-more = Jwenn plis sèvis
plan-remove = Retire { $name } nan plan mwen
plan-damaged = Nou pa t ka li yon pati nan lyen plan sa a. Verifye si ou te kopye tout lyen an.
plan-missing = { $count ->
    [one] { $count } sèvis nan plan sa a pa nan lis la ankò.
   *[other] { $count } sèvis nan plan sa a pa nan lis la ankò.
}
plan-share-heading = Kenbe oswa pataje plan ou
plan-share-link = Lyen plan sa a:
plan-share-hint = Nenpòt moun ki gen lyen sa a oswa kòd QR sa a ka wè sèvis ki nan plan sa a. Non w pa ladan l.
plan-qr-alt = Kòd QR ak lyen plan sa a
plan-print = Vèsyon pou enprime
plan-print-hint = Sèvi ak kòmand “Enprime” (Print) nan navigatè w la pou enprime paj sa a oswa pou sove l an PDF.
plan-back = Retounen nan plan mwen
plan-printed-on = Enprime nan dat { $date }. Rele anvan ou ale: lè yo ka chanje.
plan-send-heading = Voye lyen an pa mesaj tèks oswa pa imèl
plan-send-to = Nimewo telefòn oswa adrès imèl
plan-send-hint = Pa egzanp 937 555 0101 oswa non@egzanp.org. Nou sèvi avè l sèlman pou voye mesaj sa a, epi nou pa kenbe l.
plan-send-button = Voye lyen an
plan-send-disabled = Nou poko ka voye mesaj tèks oswa imèl nan vil sa a. Ou ka kopye lyen an, enprime plan an oswa eskane kòd QR la.
plan-send-failed = Nou pa t ka voye mesaj la. Tanpri eseye ankò pita, oswa kopye lyen an.
plan-send-empty = Ekri yon nimewo telefòn oswa yon adrès imèl.
plan-send-bad-phone = Nimewo telefòn sa a pa sanble bon. Ekri 10 chif, tankou 937 555 0101, oswa yon + ak kòd peyi a.
plan-send-bad-email = Adrès imèl sa a pa sanble bon. Verifye l, pa egzanp non@egzanp.org.
plan-send-empty-plan = Plan ou an vid: poko gen anyen pou voye.
plan-sent-sms = Nou voye lyen an pa mesaj tèks.
plan-sent-email = Nou voye lyen an pa imèl.
plan-message = Plan ou sou { $site }: { $link }
