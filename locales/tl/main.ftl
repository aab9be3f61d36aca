# Puerta, mga pahina para sa mga residente: Tagalog.
# review-state: draft
# Machine-drafted by the Puerta team; not yet reviewed by a fluent speaker.
# Inihanda ng team ng Puerta; hindi pa nasusuri ng taong matatas sa Tagalog.

## Balangkas ng site

site-name = Puerta
site-tagline = Humanap ng libre o murang tulong para sa mga imigrante: tulong legal, kalusugan, pagkain, pabahay, klase sa Ingles, at iba pa.
skip-to-content = Pumunta sa pangunahing nilalaman
nav-label = Pangunahing menu
nav-search = Humanap ng tulong
nav-rights = Alamin ang inyong mga karapatan
nav-about = Tungkol sa amin at privacy
language-switcher = Wika
footer-privacy = Hindi namin kayo sinusubaybayan. Walang account, walang ads, walang analytics.
footer-privacy-link = Ano ang aming itinatago
footer-emergency = Kung may emergency, tumawag sa 911. Para sa tulong sa paghahanap ng serbisyo, tumawag sa 211.

## Mga error

not-found-title = Hindi nakita ang pahina
not-found-body = Hindi po namin makita ang pahinang ito. Maaaring nagsara o lumipat ang serbisyo, o may mali sa pagkakasulat ng address.
error-title = May nangyaring mali
error-body = May nangyaring mali sa aming panig. Pakisubukan po ulit pagkalipas ng ilang minuto.
error-go-home = Pumunta sa unang pahina

## Kahon ng paghahanap at unang pahina

search-label = Saan po kayo nangangailangan ng tulong?
search-button = Hanapin
search-hint = Sumulat sa kahit anong wika, halimbawa: libreng abogado, pagkain, klase sa Ingles.
home-title = Humanap ng tulong
home-heading = Humanap ng tulong na malapit sa inyo
home-lead = Libre at murang serbisyo para sa mga imigrante at kanilang pamilya. Hindi ninyo kailangang ibigay ang inyong pangalan.
home-needs-heading = O pumili ng paksa
home-rights-heading = Alamin ang inyong mga karapatan
home-rights-body = Lahat ng tao sa Estados Unidos ay may mga karapatan, anuman ang kanilang immigration status.
home-rights-link = Basahin ang tungkol sa inyong mga karapatan
home-privacy = Hindi namin itinatago ang inyong mga hinahanap. Hindi kami nagtatanong tungkol sa immigration status.

need-legal = Tulong legal
need-legal-hint = Libreng abogado at tulong sa imigrasyon
need-health = Kalusugan
need-health-hint = Klinika, doktor, dentista
need-food = Pagkain
need-food-hint = Food pantry at libreng pagkain
need-housing = Pabahay
need-housing-hint = Matutuluyan at tulong sa upa
need-english = Mag-aral ng Ingles
need-english-hint = Libreng klase sa Ingles
need-jobs = Trabaho
need-jobs-hint = Humanap ng trabaho at job training
need-business = Magsimula ng negosyo
need-business-hint = Tulong at pautang para sa maliliit na negosyo
need-money = Pera at bangko
need-money-hint = Bank account, buwis, pagbabadyet
need-citizenship = Pagkamamamayan
need-citizenship-hint = Maging US citizen
need-id = Mga ID
need-id-hint = ID card at lisensya sa pagmamaneho
need-family = Pamilya at paaralan
need-family-hint = Pag-enroll sa paaralan at pag-aalaga ng bata
need-emergency = Emergency
need-emergency-hint = Crisis hotline at agarang tulong

## Mga resulta

results-title = Mga resulta ng paghahanap
results-title-for = Mga resulta para sa “{ $query }”
results-start = Isulat ang inyong kailangan sa kahon sa itaas, o pumili ng paksa:
results-count = { $count ->
    [0] Walang nakitang serbisyo
    [one] { $count } serbisyo ang nakita
   *[other] { $count } serbisyo ang nakita
}
results-understood = Hinanap din namin ang: { $terms }
results-search-unavailable = Hindi magagamit ang paghahanap ngayon. Pakisubukan po ulit mamaya.
results-unknown-zip = Hindi namin kilala ang ZIP code na ito. Pakitingnan po: may 5 numero ito, gaya ng 45402.
results-bad-filter = Hindi namin nagamit ang isa sa mga filter. Pakitingnan po ang mga ito at subukan ulit.
filters-heading = Mga filter
filter-language = Wikang ginagamit
filter-language-any = Kahit anong wika
filter-near = Malapit sa ZIP code
filter-near-hint = 5 numero, halimbawa 45402
filter-radius = Layo
filter-radius-miles = { $miles ->
    [one] Hanggang { $miles } milya ang layo
   *[other] Hanggang { $miles } milya ang layo
}
filter-only = Ipakita lang ang mga serbisyong
filter-free = libre
filter-open-now = bukas ngayon
filter-walk-in = tumatanggap ng walk-in (walang appointment)
filter-accessible = puwede sa wheelchair
filter-no-id = hindi humihingi ng ID
filter-no-ssn = hindi humihingi ng Social Security number
filters-apply = Gamitin ang mga filter
hit-languages = Mga wika: { $languages }
why-heading = Bakit ito lumabas:
why-words = mga salitang { $words }
why-category = tugma ang paksa nito sa inyong hinahanap
verified-on = Sinuri ang impormasyon noong { $date }
verified-unknown = Hindi namin alam kung kailan huling sinuri ang impormasyong ito.
pager-label = Mga pahina
pager-prev = Nakaraang pahina
pager-next = Susunod na pahina
pager-page = Pahina { $page }
map-label = { $count ->
    [one] Mapa ng { $count } resulta sa pahinang ito
   *[other] Mapa ng { $count } resulta sa pahinang ito
}
map-hide = Itago ang mapa
map-show = Ipakita ang mapa
empty-heading = Wala kaming nakitang serbisyo para sa paghahanap na ito
empty-body = Hindi ito nangangahulugang walang tulong. Maaari ninyong:
empty-clear-filters = Maghanap ulit nang walang filter
empty-other-words = Subukan ang ibang salita o mas kaunting salita, o pumili ng paksa sa ibaba.
empty-call-211 = Tumawag sa 211 (libre, kahit anong wika) para makausap ang taong makakatulong sa inyo.
empty-browse = Mga paksa

## Mga tanda ng tiwala at babala sa batas

badge-doj-recognized = Organisasyong kinikilala ng DOJ (Department of Justice)
badge-doj-accredited = May mga accredited representative ng DOJ
badge-attorney = May mga abogado sa staff
notario-warning-title = Mag-ingat sa panloloko ng mga “notario”
notario-warning-body = Sa Estados Unidos, ang “notario”, notary public, o “immigration consultant” ay HINDI abogado at hindi maaaring magbigay ng legal na payo tungkol sa imigrasyon. Isang lisensyadong abogado lamang o isang accredited representative ng DOJ sa isang kinikilalang organisasyon ang maaaring tumulong sa inyong kaso sa imigrasyon.
notario-warning-link = Paano protektahan ang sarili

## Pahina ng serbisyo

service-offered-by = Inaalok ng
service-not-active = Maaaring sarado ang serbisyong ito ngayon. Tumawag muna bago pumunta.
service-what = Ano ang kanilang inaalok
service-who = Sino ang puwedeng makakuha nito
service-who-unknown = Hindi sinasabi ng provider kung sino ang puwedeng makakuha ng serbisyong ito. Tumawag para magtanong.
service-ages-between = Edad { $min } hanggang { $max }
service-ages-from = Edad { $min } pataas
service-ages-to = Edad hanggang { $max }
service-cost = Bayad
service-free = Libre
service-cost-unknown = Hindi sinasabi ng provider kung magkano ito. Tumawag para magtanong.
service-how = Paano ito makukuha
service-walk-in = Puwede kayong pumunta nang walang appointment.
service-appointment = Kailangan ninyo ng appointment.
service-languages = Mga wikang ginagamit
service-languages-unknown = Hindi sinasabi ng provider kung anong mga wika ang kanilang ginagamit.
service-documents = Mga dokumentong dapat dalhin
service-documents-none-listed = Walang nakalistang dokumentong dapat dalhin ang provider.
service-no-id = Hindi ninyo kailangan ng ID.
service-no-ssn = Hindi ninyo kailangan ng Social Security number.
service-where-when = Saan at kailan
service-virtual = Online o sa telepono
service-directions = Direksyon (OpenStreetMap)
service-hours = Oras ng bukas
service-hours-unknown = Hindi nakalathala ang oras. Tumawag muna bago pumunta.
service-contact = Kontak
status-open = Bukas ngayon
status-open-closes = Bukas ngayon · magsasara nang { $time }
status-closed = Sarado ngayon
status-closed-opens-today = Sarado ngayon · magbubukas ngayong araw nang { $time }
status-closed-opens-on = Sarado ngayon · magbubukas sa { $day } nang { $time }
days-range = { $first } hanggang { $last }
hours-range = { $opens } hanggang { $closes }
hours-closed = Sarado
hours-all-day = Bukas nang 24 oras
hours-zone = Lokal na oras ang nakasulat ({ $zone }).

## Mag-ulat ng problema

report-heading = Mag-ulat ng problema sa listing na ito
report-category = Ano ang mali?
report-closed = Sarado na o wala na ang serbisyo
report-wrong-phone = Mali ang numero ng telepono
report-wrong-address = Mali ang address
report-wrong-hours = Mali ang oras
report-wrong-languages = Hindi nila ginagamit ang mga wikang nakalista
report-asked-for-payment = Humingi sila ng pera para sa libreng serbisyo
report-other = Iba pa
report-details = Magkuwento pa (hindi kailangan)
report-no-personal-data = Huwag isulat ang inyong pangalan, numero ng telepono, address, o anumang tungkol sa inyong immigration status.
report-send = Ipadala ang ulat
report-thanks = Salamat po. Susuriin ng aming team ang listing na ito.
report-what-we-keep = Ang itinatago lang namin ay ang problemang pinili ninyo, ang inyong isinulat at ang araw na ipinadala ninyo ito, nang walang pangalan, address o device ninyo, nang hanggang 180 araw lang, para masuri ng aming staff ang listing.
report-not-taken-title = Hindi po namin matanggap ang inyong ulat ngayon
report-not-taken-body = Marami nang ulat na natanggap ngayong araw para sa listing na ito, o sa site na ito, kaya hindi na-save ang inyong ulat. Pakisubukan po ulit bukas, o tawagan ang serbisyo para makasiguro.

## Pahina ng organisasyon

organization-services = Mga serbisyo
organization-no-services = Walang nakalistang serbisyo ang organisasyong ito sa ngayon.

## Alamin ang inyong mga karapatan

rights-title = Alamin ang inyong mga karapatan
rights-lead = Simpleng impormasyon tungkol sa inyong mga karapatan sa Estados Unidos, anuman ang inyong immigration status.
rights-not-legal-advice = Ito ay pangkalahatang impormasyon, hindi legal na payo. Para sa payo tungkol sa inyong sitwasyon, kumausap ng lisensyadong abogado o ng accredited representative ng DOJ.
rights-reviewed = Huling sinuri noong { $date }
rights-more = Higit pa tungkol sa inyong mga karapatan

rights-home-title = Ang inyong mga karapatan sa bahay
rights-home-intro = Ano ang gagawin kung may dumating na immigration agent (ICE) o pulis sa inyong pinto.
rights-home-point-1 = Hindi ninyo kailangang buksan ang pinto. Hilingin na ipakita nila ang warrant sa bintana o isuot ito sa ilalim ng pinto.
rights-home-point-2 = Ang form ng ICE (isang “administrative warrant”, form I-200 o I-205) ay hindi nagbibigay ng pahintulot sa mga agent na pumasok sa inyong bahay. Ang warrant lang na pinirmahan ng isang judge ang nagbibigay ng pahintulot, at dapat nakasulat dito ang inyong address.
rights-home-point-3 = May karapatan kayong manahimik. Maaari ninyong sabihin: “Ginagamit ko ang aking karapatang manahimik.”
rights-home-point-4 = Huwag pumirma ng anumang papel na hindi ninyo naiintindihan. May karapatan kayong makausap muna ang isang abogado.
rights-home-point-5 = Huwag magsinungaling at huwag magpakita ng pekeng dokumento. Gumawa ng plano kasama ang inyong pamilya: sino ang mag-aalaga sa inyong mga anak, at sino ang tatawagan.
rights-home-help = Kung nilabag ang inyong mga karapatan, isulat ang nangyari, ang mga pangalan at badge number ng mga agent, at makipag-ugnayan sa isang legal aid na organisasyon.

rights-work-title = Ang inyong mga karapatan sa trabaho
rights-work-intro = Pinoprotektahan ng karamihan ng batas sa paggawa ang lahat ng manggagawa, may papeles man o wala.
rights-work-point-1 = May karapatan kayong mabayaran ng hindi bababa sa minimum wage, at mabayaran para sa overtime.
rights-work-point-2 = May karapatan kayo sa ligtas na lugar ng trabaho. Maaari kayong mag-ulat ng panganib nang hindi pinaparusahan.
rights-work-point-3 = Hindi kayo maaaring idiskrimina ng inyong employer dahil sa inyong bansang pinagmulan, lahi, relihiyon o kasarian.
rights-work-point-4 = Labag sa batas na takutin kayo ng inyong employer na tatawag siya sa immigration dahil nagreklamo kayo tungkol sa sahod o kaligtasan.
rights-work-point-5 = Itala ang inyong oras ng trabaho, sahod, at ang pangalan at address ng inyong employer.
rights-work-help = Ang isang workers’ center o legal aid na organisasyon ay makakatulong sa inyo nang libre na makuha ang sahod na hindi ibinayad.

rights-police-title = Ang inyong mga karapatan sa harap ng pulis at ICE
rights-police-intro = Ano ang gagawin kung pinahinto kayo sa kalye, sa sasakyan, o kung inaresto kayo.
rights-police-point-1 = Manatiling kalmado. Huwag tumakbo, makipagtalo o lumaban, kahit sa tingin ninyo ay hindi makatarungan ang pagpapahinto.
rights-police-point-2 = May karapatan kayong manahimik. Hindi ninyo kailangang sagutin ang mga tanong tungkol sa kung saan kayo ipinanganak o sa inyong immigration status.
rights-police-point-3 = Itanong: “Puwede na po ba akong umalis?” Kung oo ang sagot, umalis nang mahinahon.
rights-police-point-4 = Hindi ninyo kailangang pumayag na kapkapan kayo o halughugin ang inyong sasakyan o mga gamit.
rights-police-point-5 = Kung inaresto kayo, humingi agad ng abogado. Huwag pumirma ng kahit ano nang walang abogado.
rights-police-point-6 = Kabisaduhin ang numero ng telepono ng isang kapamilya at ng isang abogado, sakaling kunin ang inyong telepono.
rights-police-help = Kung kayo o ang isang kapamilya ay ikinulong ng immigration, makipag-ugnayan agad sa isang legal aid na organisasyon.

rights-school-title = Ang inyong mga karapatan sa paaralan
rights-school-intro = Lahat ng bata sa Estados Unidos ay may karapatan sa libreng pampublikong edukasyon.
rights-school-point-1 = Dapat tanggapin ng mga pampublikong paaralan ang mga bata anuman ang immigration status nila o ng kanilang mga magulang.
rights-school-point-2 = Hindi maaaring humingi ang paaralan ng Social Security number o papeles sa imigrasyon para i-enroll ang isang bata.
rights-school-point-3 = Maaaring humingi ang paaralan ng patunay na nakatira kayo sa distrito at patunay ng edad ng inyong anak. Maraming iba’t ibang dokumento ang tinatanggap.
rights-school-point-4 = May karapatan kayo sa libreng interpreter kapag kausap ninyo ang paaralan.
rights-school-point-5 = Ang mga batang nag-aaral pa ng Ingles ay may karapatan sa tulong sa wika.
rights-school-help = Kung tumanggi ang paaralan na i-enroll ang inyong anak, hilingin na isulat nila ang pagtanggi at makipag-ugnayan sa isang legal aid na organisasyon.

rights-notario-title = Iwasan ang panloloko ng mga “notario”
rights-notario-intro = May mga taong nagpapanggap na kaya nilang tumulong sa papeles sa imigrasyon at kinukuha ang inyong pera.
rights-notario-point-1 = Sa maraming bansa, abogado ang “notario”. Sa Estados Unidos, HINDI abogado ang notary public at hindi ito makakatulong sa mga kaso sa imigrasyon.
rights-notario-point-2 = Isang lisensyadong abogado lamang, o isang accredited representative ng DOJ na nagtatrabaho sa organisasyong kinikilala ng DOJ, ang maaaring magbigay ng legal na payo tungkol sa imigrasyon.
rights-notario-point-3 = Huwag kailanman magbayad sa taong nangangako ng green card, work permit o “espesyal na batas” nang mabilis o nang sigurado.
rights-notario-point-4 = Huwag kailanman pumirma ng blangkong form o form na may maling impormasyon. Laging humingi ng kopya ng lahat ng inyong pinirmahan at isinumite.
rights-notario-point-5 = Libreng ma-download ang mga form ng gobyerno sa uscis.gov. Mag-ingat sa sinumang naniningil sa inyo para sa mismong mga form.
rights-notario-help = Kung nabiktima kayo ng panloloko ng “notario”, makipag-ugnayan sa isang legal aid na organisasyon. Maaari ninyo itong i-report kahit wala kayong papeles.

## Tungkol sa amin at privacy

about-title = Tungkol sa amin at privacy
about-lead = Ang Puerta ay isang libreng direktoryo ng mga serbisyo para sa mga imigrante at refugee. Isa itong open-source na software na pinapatakbo ng mga lokal na organisasyon.
privacy-heading = Ang inyong privacy
privacy-not-stored-heading = Ang hindi namin itinatago
privacy-no-accounts = Walang account. Hindi namin hinihingi kailanman ang inyong pangalan, numero ng telepono o address.
privacy-no-search-logs = Hindi namin itinatago ang inyong hinahanap, ang mga pahinang binibisita ninyo, o ang inyong ZIP code.
privacy-no-analytics = Walang analytics, walang advertising at walang pagsubaybay.
privacy-no-third-parties = Walang kinukuha ang mga pahina mula sa ibang website: walang font, mapa o script mula sa ibang kompanya.
privacy-no-status = Hindi kami nagtatanong kailanman tungkol sa immigration status.
privacy-stored-heading = Ang aming itinatago
privacy-language-cookie = Isang cookie, “lang”, kung pipili lang kayo ng wika: tinatandaan nito ang inyong wika sa loob ng isang taon. Wala na itong ibang laman.
privacy-reports = Kung mag-uulat kayo ng problema sa isang listing, itinatago namin sa aming database ang problemang pinili ninyo, ang inyong isinulat at ang araw na ipinadala ninyo ito (hindi ang oras). Hindi namin itinatago ang inyong pangalan, address, device o IP address. Ang staff lang na nag-a-update ng directory na ito ang nagbabasa ng mga ulat. Binubura nila ang isang ulat kapag nasuri na nila ang listing, at binubura ang bawat ulat pagkalipas ng 180 araw sa pinakamatagal.
privacy-server-logs = Nagtatala ang aming server ng mga teknikal na bagay (anong uri ng pahina ang hiningi, kung gumana ito, gaano katagal), pero hindi kailanman ang inyong hinahanap o isinusulat.
about-data-heading = Saan galing ang impormasyon
about-data-body = Ang mga serbisyo ay inililista ng mga lokal na organisasyon at sinusuri ng aming staff. Ipinapakita ng bawat pahina ng serbisyo kung kailan huling sinuri ang impormasyon nito. Laging tumawag muna bago pumunta.
about-translations-heading = Mga salin
about-translations-body = Nakasulat sa Ingles ang mga pahina at isinasalin. Ganito na kalayo ang pagsusuri sa bawat salin:
about-translations-language = Wika
about-translations-state = Kalagayan
review-state-source = Orihinal na teksto
review-state-reviewed = Nasuri na ng taong matatas sa wika
review-state-draft = Draft, hindi pa nasusuri ng taong matatas sa wika
review-state-machine = Machine translation, hindi pa nasusuri
review-state-missing = Hindi pa naisasalin (ipinapakita sa Ingles)
review-state-unknown = Hindi nakasaad

## Petsa, oras, layo

time-style = 12h
time-am = AM
time-pm = PM
weekday-mon = Lunes
weekday-tue = Martes
weekday-wed = Miyerkules
weekday-thu = Huwebes
weekday-fri = Biyernes
weekday-sat = Sabado
weekday-sun = Linggo
date-long = { $month } { $day }, { $year }
month-1 = Enero
month-2 = Pebrero
month-3 = Marso
month-4 = Abril
month-5 = Mayo
month-6 = Hunyo
month-7 = Hulyo
month-8 = Agosto
month-9 = Setyembre
month-10 = Oktubre
month-11 = Nobyembre
month-12 = Disyembre
distance-miles = { $miles } milya ({ $km } km)

## Mga pangalan ng wika

language-en = Ingles
language-es = Espanyol
language-zh = Chinese
language-yue = Cantonese
language-tl = Tagalog
language-vi = Vietnamese
language-ar = Arabe
language-fr = Pranses
language-ht = Haitian Creole
language-ko = Koreano
language-ru = Ruso
language-pt = Portuges
language-uk = Ukrainian
language-fa = Persian
language-prs = Dari
language-ps = Pashto
language-am = Amharic
language-so = Somali
language-sw = Swahili
language-ti = Tigrinya
language-tr = Turko
language-ne = Nepali
language-my = Burmese
language-mam = Mam
language-asl = American Sign Language

## Plano

plan-nav = Aking plano ({ $count })
plan-title = Aking plano
plan-print-title = Aking plano (para i-print)
plan-lead = Ang mga serbisyong pinili ninyo. Nakatago lang ang inyong plano sa address ng pahinang ito, hindi sa aming server: itago ang link, i-print ang pahina o i-scan ang QR code.
plan-add = Idagdag sa aking plano
plan-in-plan = Nasa inyong plano
plan-full = Puno na ang inyong plano (20 serbisyo). Mag-alis ng isa para makapagdagdag ng iba.
plan-empty = Wala pang laman ang inyong plano. Humanap ng mga serbisyo at piliin ang “Idagdag sa aking plano”.
plan-find-more = Humanap ng iba pang serbisyo
plan-remove = Alisin ang { $name } sa aking plano
plan-damaged = Hindi nabasa ang isang bahagi ng link ng planong ito. Tingnan kung nakopya ninyo ang buong link.
plan-missing = { $count ->
    [one] { $count } serbisyo sa planong ito ang wala na sa listahan.
   *[other] { $count } serbisyo sa planong ito ang wala na sa listahan.
}
plan-share-heading = Itago o ibahagi ang inyong plano
plan-share-link = Link sa planong ito:
plan-share-hint = Makikita ng sinumang may link o QR code na ito ang mga serbisyo sa planong ito. Wala rito ang inyong pangalan.
plan-qr-alt = QR code na may link sa planong ito
plan-print = Bersyong pang-print
plan-print-hint = Gamitin ang Print sa inyong browser para i-print ang pahinang ito o i-save ito bilang PDF.
plan-back = Bumalik sa aking plano
plan-printed-on = Na-print noong { $date }. Tumawag muna bago pumunta: maaaring magbago ang oras.
plan-send-heading = Ipadala ang link sa text message o e-mail
plan-send-to = Numero ng telepono o e-mail address
plan-send-hint = Halimbawa 937 555 0101 o pangalan@example.org. Gagamitin lang namin ito para ipadala ang mensaheng ito at hindi namin ito itatago.
plan-send-button = Ipadala ang link
plan-send-disabled = Hindi pa puwedeng magpadala sa text message o e-mail sa lungsod na ito. Maaari ninyong kopyahin ang link, i-print ang plano o i-scan ang QR code.
plan-send-failed = Hindi namin naipadala ang mensahe. Pakisubukan po ulit mamaya, o kopyahin ang link.
plan-send-empty = Isulat ang numero ng telepono o e-mail address.
plan-send-bad-phone = Mukhang mali ang numero ng teleponong ito. Sumulat ng 10 numero, gaya ng 937 555 0101, o + at ang country code.
plan-send-bad-email = Mukhang mali ang e-mail address na ito. Tingnan ito, halimbawa pangalan@example.org.
plan-send-empty-plan = Wala pang laman ang inyong plano: wala pang maipapadala.
plan-sent-sms = Naipadala na namin ang link sa text message.
plan-sent-email = Naipadala na namin ang link sa e-mail.
plan-message = Ang inyong plano mula sa { $site }: { $link }
