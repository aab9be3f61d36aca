# Puerta, pagsusuri ng mga programa: Tagalog.
# review-state: draft
# Machine-drafted by the Puerta team; not yet reviewed by a fluent speaker.
# Inihanda ng team ng Puerta; hindi pa nasusuri ng taong matatas sa Tagalog.

## Screener

home-screener-heading = Mga programang maaaring para sa inyo
home-screener-body = Sagutin ang ilang maiikling tanong para makita kung aling mga programa ang maaaring makatulong sa inyo at kung saan kukunin ang mga ito. Hindi sapilitan ang lahat ng tanong, at walang itinatago sa anumang isusulat ninyo.
home-screener-link = Simulan ang pagsusuri ng mga programa
screener-title = Pagsusuri ng mga programa
screener-intro-heading = Aling mga programa ang maaaring makatulong sa inyo?
screener-intro-lead = Sagutin ang ilang maiikling tanong, isang paksa bawat pagkakataon. Ipapakita namin ang mga programang maaaring makatulong sa inyo, kung bakit, at ang mga serbisyong makakatulong sa inyong mag-apply.
screener-intro-optional = Hindi sapilitan ang lahat ng tanong: puwede ninyong laktawan ang anumang tanong o paksang ayaw ninyong sagutin.
screener-intro-not-stored = Walang itinatago sa anumang isusulat ninyo: ang mga sagot ninyo ay nasa address lang ng pahinang ito at mawawala kapag isinara ninyo ito.
screener-intro-no-status = Hindi kami nagtatanong tungkol sa inyong immigration status. Ang huling bahagi lang, isang pagsusuri sa pagkamamamayan para sa mga permanent resident (may green card), ang nagtatanong tungkol sa inyong green card, at hindi ito sapilitan.
screener-intro-shared-device = Kung gumagamit kayo ng computer na hiram o gamit din ng iba, isara ang window ng browser pagkatapos.
screener-not-legal-advice = Ito ay pangkalahatang impormasyon, hindi legal na payo. Ang programa lang, o isang abogado o accredited representative ng DOJ, ang makapagsasabi nang sigurado.
screener-start = Simulan
screener-step-of = Hakbang { $step } sa { $total }
screener-next = Susunod
screener-skip = Laktawan ang paksang ito
screener-back = Bumalik
screener-see-results = Tingnan ang resulta
screener-optional = Hindi sapilitan
screener-yes = Oo
screener-no = Hindi
screener-not-sure = Laktawan / hindi sigurado
screener-choose = Laktawan / pumili ng isa
screener-invalid = Hindi namin mabasa ang isang sagot sa pahinang ito, kaya hindi namin ito isinama. Pakitingnan ito, o iwanan itong blangko.
screener-invalid-some = Hindi namin mabasa ang ilan sa inyong mga sagot, kaya hindi namin isinama ang mga ito. Puwede ninyong baguhin ang inyong mga sagot sa ibaba.
screener-you = Kayo
screener-member = Tao { $n } sa inyong sambahayan
screener-city = Sycamore Falls
screener-county = Ashgrove County
screener-step-place = Kung saan kayo nakatira
screener-step-place-lead = Maraming programa ang para sa mga nakatira sa lungsod o sa county.
screener-step-household = Edad at sambahayan
screener-step-household-lead = Ang inyong sambahayan (household) ay ang mga taong kasama ninyo sa bahay at kahati ninyo sa pagkain o pera.
screener-step-income = Kita at mga benepisyo
screener-step-income-lead = May mga programa para sa mga sambahayang mababa ang kita. Puwede na ang tantiya.
screener-step-work = Trabaho at negosyo
screener-step-work-lead = May mga programang tumutulong sa mga may maliit na negosyo o nagsilbi sa militar.
screener-step-legal = Legal na sitwasyon
screener-step-legal-lead = Itinatanong lang namin ito para maituro kayo sa libreng tulong legal. Puwede ninyo itong laktawan.
screener-step-citizenship = Pagsusuri sa pagkamamamayan
screener-step-citizenship-lead = Ang bahaging ito ay para lang sa mga permanent resident (may green card) na gustong malaman kung kailan sila puwedeng mag-apply para maging US citizen. Kung hindi ito para sa inyo, o ayaw ninyong sumagot, laktawan ito.
screener-citizenship-skip-all = Laktawan ang bahaging ito at tingnan ang resulta
screener-q-state = Saang state kayo nakatira?
screener-q-lives-in-city = Nakatira ba kayo sa lungsod ng { $city }?
screener-q-lives-in-county = Nakatira ba kayo sa { $county }?
screener-q-lives-in-county-hint = Kasama ang lungsod sa county.
screener-q-has-photo-identity-document = May ID ba kayong may litrato, mula sa kahit anong bansa?
screener-q-has-photo-identity-document-hint = Halimbawa pasaporte, consular ID, o driver’s license, mula sa kahit anong bansa.
screener-q-has-proof-of-city-address = Makakapagpakita ba kayo ng patunay ng inyong address sa lungsod?
screener-q-has-proof-of-city-address-hint = Halimbawa kontrata ng upa (lease), bill ng kuryente o tubig, bank statement, o sulat mula sa shelter o sa isang nonprofit.
screener-q-age = Ilang taon na kayo?
screener-q-enrolled-in-high-school = Nag-aaral ba kayo sa high school ngayon?
screener-q-enrolled-in-high-school-hint = Mahalaga lang ito kung 16 o 17 taong gulang kayo.
screener-q-household-size = Ilang tao ang nasa inyong sambahayan, kasama kayo?
screener-members-hint = Puwede kayong magsabi tungkol sa hanggang 5 pang taong kasama ninyo sa bahay. Iwanang blangko ang isang tao para laktawan siya.
screener-q-relationship = Kaugnayan sa inyo
screener-q-member-age = Edad
screener-relationship-spouse = Asawa
screener-relationship-child = Anak
screener-relationship-parent = Magulang
screener-relationship-sibling = Kapatid
screener-relationship-other = Iba
screener-q-household-annual-income = Magkano ang kabuuang kita ng inyong sambahayan sa isang taon, bago ang buwis?
screener-q-household-annual-income-hint = Sa US dollars, ng lahat ng tao sa inyong sambahayan nang magkakasama. Puwede na ang tantiya.
screener-q-receives-means-tested-benefit = May tumatanggap ba ng benepisyong batay sa kita?
screener-q-receives-means-tested-benefit-hint = Halimbawa Medicaid, SNAP (food stamps), SSI, TANF, o tulong sa pabahay.
screener-q-receives-snap-or-wic = May tumatanggap ba ng SNAP (food stamps) o WIC?
screener-q-extreme-financial-hardship = May malaking problema ba kayo sa pera ngayon?
screener-q-extreme-financial-hardship-hint = Halimbawa malalaking bayarin sa ospital, nawalan ng trabaho, o isang sakuna.
screener-q-runs-or-plans-small-business = May maliit ba kayong negosyo, o balak ninyong magsimula nito?
screener-q-runs-or-plans-small-business-hint = Kasama rito ang pagtitinda ng pagkain sa kariton o mula sa bahay.
screener-q-military-service = Naglilingkod ba kayo, o naglingkod na ba kayo, sa US armed forces (militar ng Estados Unidos)?
screener-q-facing-removal-proceedings = May kaso ba kayo sa immigration court?
screener-q-facing-removal-proceedings-hint = Halimbawa, nakatanggap kayo ng “Notice to Appear”. Maaaring may libreng abogadong makapagtatanggol sa inyo.
screener-q-permanent-resident-since = Kailan kayo naging permanent resident?
screener-q-permanent-resident-since-hint = Ang petsang “Resident since” sa inyong green card.
screener-q-lives-in-state-since = Kailan pa kayo nakatira sa state na tinitirhan ninyo ngayon?
screener-q-married = Kasal ba kayo?
screener-q-spouse-is-us-citizen = US citizen ba ang inyong asawa?
screener-q-married-to-citizen-since = Kailan pa kayo kasal at nakatira kasama ng inyong asawang US citizen?
screener-q-days-outside-us-last-5y = Sa nakaraang 5 taon, ilang araw kayo sa kabuuan nasa labas ng Estados Unidos?
screener-q-days-outside-us-last-5y-hint = Puwede na ang tantiya sa araw: ang 6 na buwan ay mga 180 araw.
screener-q-longest-trip-days-last-5y = Sa nakaraang 5 taon, ilang araw ang pinakamahaba ninyong biyahe sa labas ng Estados Unidos?
screener-q-days-outside-us-last-3y = Sa nakaraang 3 taon, ilang araw kayo sa kabuuan nasa labas ng Estados Unidos?
screener-q-longest-trip-days-last-3y = Sa nakaraang 3 taon, ilang araw ang pinakamahaba ninyong biyahe sa labas ng Estados Unidos?
screener-results-title = Mga programang maaaring makatulong sa inyo
screener-results-lead = Batay sa inyong mga sagot, sinuri noong { $date }.
screener-likely-heading = Malamang
screener-likely-hint = Batay sa inyong mga sagot, malamang na kwalipikado kayo. Makipag-ugnayan sa isang serbisyo sa ibaba para mag-apply.
screener-maybe-heading = Baka
screener-maybe-hint = Kailangan pa namin ng kaunting impormasyon para malaman. Makakatulong ang isang navigator.
screener-unlikely-heading = { $count ->
   *[other] Iba pang programa ({ $count })
}
screener-unlikely-hint = Batay sa inyong mga sagot, mas maliit ang posibilidad para sa mga ito. May mga exception ang mga patakaran: puwedeng suriin ito ng isang navigator kasama ninyo.
screener-group-empty = Wala pa batay sa inyong mga sagot sa ngayon.
screener-needs = Kailangan naming malaman: { $facts }.
screener-why = Bakit
screener-amount = Halaga: { $amount }
screener-threshold = Ginamit na halaga: { $value } (pinagmulan: { $sources }).
screener-threshold-dated = Ginamit na halaga: { $value } (pinagmulan: { $sources }; may bisa mula { $date }).
screener-check-legal-provider = Magtanong sa isang legal provider.
screener-flag-review = Kailangang tingnan ng isang legal provider ang bahagi nito: magtanong sa isang legal provider.
screener-flag-borderline = Ang sagot ninyo ay eksaktong nasa limitasyon, na iba-iba ang pagkakasabi ng mga pinagmulan: magtanong sa isang legal provider.
screener-flag-single-source = Ang isang halagang ginamit dito ay galing sa iisang pinagmulan na hindi namin masuri sa iba: magtanong sa isang legal provider.
screener-flag-no-parameter = Wala sa amin ang halagang may bisa ngayong araw: magtanong sa isang legal provider.
screener-flag-unverified = Hindi pa kumpirmado ang isang halagang ginamit dito: magtanong sa isang legal provider.
screener-services = Saan hihingi ng tulong
screener-services-none = Wala pang nakalistang serbisyo para sa programang ito. Tumawag sa 211 para sa tulong.
screener-more-services = Humanap ng iba pang serbisyong tulad nito
screener-change-answers = Baguhin ang inyong mga sagot
screener-start-over = Magsimula ulit nang walang sagot
screener-unit-years = { $n ->
   *[other] { $n } taon
}
screener-unit-months = { $n ->
   *[other] { $n } buwan
}
screener-unit-days = { $n ->
   *[other] { $n } araw
}
fact-age = ang inyong edad
fact-relationship = ang kaugnayan sa inyo ng bawat tao
fact-receives-means-tested-benefit = kung may tumatanggap ng benepisyong batay sa kita
fact-household-size = kung ilang tao ang nasa inyong sambahayan
fact-household-annual-income = ang kita ng inyong sambahayan
fact-household-income-pct-fpg = ang kita ng inyong sambahayan kumpara sa poverty guideline
fact-state = ang inyong state
fact-lives-in-city = kung nakatira kayo sa lungsod
fact-permanent-resident-since = ang petsa kung kailan kayo naging permanent resident
fact-years-as-permanent-resident = kung gaano na kayo katagal na permanent resident
fact-married = kung kasal kayo
fact-spouse-is-us-citizen = kung US citizen ang inyong asawa
fact-married-to-citizen-since = kung kailan pa kayo kasal sa inyong asawang US citizen
fact-lives-in-state-since = kung kailan pa kayo nakatira sa inyong state
fact-days-outside-us-last-5y = ang mga araw ninyo sa labas ng US sa nakaraang 5 taon
fact-days-outside-us-last-3y = ang mga araw ninyo sa labas ng US sa nakaraang 3 taon
fact-longest-trip-days-last-5y = ang pinakamahaba ninyong biyahe sa labas ng US sa nakaraang 5 taon
fact-longest-trip-days-last-3y = ang pinakamahaba ninyong biyahe sa labas ng US sa nakaraang 3 taon
fact-facing-removal-proceedings = kung may kaso kayo sa immigration court
fact-military-service = kung naglingkod kayo sa US armed forces
fact-extreme-financial-hardship = kung may malaking problema kayo sa pera
fact-lives-in-county = kung nakatira kayo sa county
fact-enrolled-in-high-school = kung nag-aaral kayo sa high school
fact-receives-snap-or-wic = kung may tumatanggap ng SNAP o WIC
fact-runs-or-plans-small-business = kung may maliit kayong negosyo o balak magsimula nito
fact-has-photo-identity-document = kung may ID kayong may litrato
fact-has-proof-of-city-address = kung makakapagpakita kayo ng patunay ng address sa lungsod
rule-all = Totoo ang lahat ng ito.
rule-any = Totoo ang kahit isa man lang sa mga ito.
rule-not = Hindi ito totoo.
rule-any-member = May isang tao sa inyong sambahayan na pasok dito.
rule-all-members = Lahat ng tao sa inyong sambahayan ay pasok dito.
rule-is-true = { $verdict ->
    [likely] Oo: { $fact }.
   *[other] Hindi: { $fact }.
}
rule-is-false = { $verdict ->
    [likely] Hindi: { $fact }.
   *[other] Oo: { $fact }.
}
rule-one-of = { $fact }: { $value }.
rule-compare-at-least = { $fact }: { $value } (kailangan ay hindi bababa sa { $threshold }).
rule-compare-at-most = { $fact }: { $value } (hanggang { $threshold } lang).
rule-compare-greater-than = { $fact }: { $value } (kailangan ay higit sa { $threshold }).
rule-compare-less-than = { $fact }: { $value } (kailangan ay mas mababa sa { $threshold }).
rule-compare-equals = { $fact }: { $value } (kailangan ay { $threshold }).
rule-income-at-most-fpg-percent = { $verdict ->
    [likely] Ang kita ng inyong sambahayan ({ $income } bawat taon, sambahayang may { $household-size } tao) ay kapantay o mas mababa sa { $limit-percent }% ng federal poverty guideline ng { $year }: { $limit }.
    [unlikely] Ang kita ng inyong sambahayan ({ $income } bawat taon, sambahayang may { $household-size } tao) ay mas mataas sa { $limit-percent }% ng federal poverty guideline ng { $year }: { $limit }.
   *[other] Ang kita ng inyong sambahayan ({ $income } bawat taon, sambahayang may { $household-size } tao) ay malapit sa { $limit-percent }% ng federal poverty guideline ng { $year }: { $limit }.
}
rule-income-at-least-fpg-percent = { $verdict ->
    [likely] Ang kita ng inyong sambahayan ({ $income } bawat taon, sambahayang may { $household-size } tao) ay kapantay o mas mataas sa { $limit-percent }% ng federal poverty guideline ng { $year }: { $limit }.
   *[other] Ang kita ng inyong sambahayan ({ $income } bawat taon, sambahayang may { $household-size } tao) ay mas mababa sa { $limit-percent }% ng federal poverty guideline ng { $year }: { $limit }.
}
rule-income-greater-than-fpg-percent = { $verdict ->
    [likely] Ang kita ng inyong sambahayan ({ $income } bawat taon, sambahayang may { $household-size } tao) ay mas mataas sa { $limit-percent }% ng federal poverty guideline ng { $year }: { $limit }.
   *[other] Ang kita ng inyong sambahayan ({ $income } bawat taon, sambahayang may { $household-size } tao) ay hindi mas mataas sa { $limit-percent }% ng federal poverty guideline ng { $year }: { $limit }.
}
rule-income-less-than-fpg-percent = { $verdict ->
    [likely] Ang kita ng inyong sambahayan ({ $income } bawat taon, sambahayang may { $household-size } tao) ay mas mababa sa { $limit-percent }% ng federal poverty guideline ng { $year }: { $limit }.
   *[other] Ang kita ng inyong sambahayan ({ $income } bawat taon, sambahayang may { $household-size } tao) ay hindi mas mababa sa { $limit-percent }% ng federal poverty guideline ng { $year }: { $limit }.
}
rule-income-equals-fpg-percent = Ang kita ng inyong sambahayan ({ $income } bawat taon, sambahayang may { $household-size } tao) kumpara sa { $limit-percent }% ng federal poverty guideline ng { $year }: { $limit }.
rule-elapsed-since = { $verdict ->
    [likely] Mula { $since }: naabot ang { $period } noong { $date }.
   *[other] Mula { $since }: maaabot ang { $period } sa { $date }.
}
rule-physical-presence = { $verdict ->
    [likely] Nasa Estados Unidos kayo nang { $days-present } sa nakaraang { $window-days } (physical presence): kailangan ang hindi bababa sa { $threshold }.
   *[other] Nasa Estados Unidos kayo nang { $days-present } sa nakaraang { $window-days } (physical presence): kailangan ang hindi bababa sa { $threshold }.
}
rule-continuous-residence = { $band ->
    [short] Ang pinakamahaba ninyong biyahe sa labas ng Estados Unidos ({ $days }) ay mas maikli sa 6 na buwan.
    [presumption] Ang pinakamahaba ninyong biyahe sa labas ng Estados Unidos ({ $days }) ay higit sa 6 na buwan: maaari nitong maputol ang inyong “continuous residence” (tuloy-tuloy na paninirahan) maliban kung mapatunayan ninyong hindi. Magtanong sa isang legal provider.
    [possible-break] Ang pinakamahaba ninyong biyahe sa labas ng Estados Unidos ({ $days }) ay maaaring umabot nang 1 taon o higit pa: magtanong sa isang legal provider.
   *[break] Ang pinakamahaba ninyong biyahe sa labas ng Estados Unidos ({ $days }) ay 1 taon o higit pa: karaniwang napuputol nito ang inyong “continuous residence” (tuloy-tuloy na paninirahan). Magtanong sa isang legal provider.
}
rule-n400-path-general = Ang 5-taong paraan para sa mga permanent resident.
rule-n400-path-spouse = Ang 3-taong paraan para sa mga asawa ng US citizen.
rule-n400-min-age = { $verdict ->
    [likely] Ang edad ninyo ay { $value }: kailangan ay hindi bababa sa { $threshold } para mag-apply.
   *[other] Ang edad ninyo ay { $value }: kailangang { $threshold } man lang ang edad ninyo para makapag-apply.
}
rule-n400-earliest-filing = { $verdict ->
    [likely] Sa 5-taong paraan, puwede na kayong mag-file mula { $date } ({ $period } bilang permanent resident mula { $since }, bawas ang { $early-days }): lumipas na ang petsang iyon.
   *[other] Sa 5-taong paraan, ang pinakamaagang petsa para mag-file ay { $date } ({ $period } bilang permanent resident mula { $since }, bawas ang { $early-days }).
}
rule-n400-earliest-filing-spouse = { $verdict ->
    [likely] Sa 3-taong paraan para sa mga asawa, puwede na kayong mag-file mula { $date } ({ $period } bilang permanent resident mula { $since }, bawas ang { $early-days }): lumipas na ang petsang iyon.
   *[other] Sa 3-taong paraan para sa mga asawa, ang pinakamaagang petsa para mag-file ay { $date } ({ $period } bilang permanent resident mula { $since }, bawas ang { $early-days }).
}
rule-n400-state-residence = { $verdict ->
    [likely] Nakatira kayo sa inyong state mula { $since }: kailangan ang hindi bababa sa { $period }.
   *[other] Nakatira kayo sa inyong state mula { $since }: kailangan ang { $period }, na maaabot sa { $date }.
}
rule-n400-married = { $verdict ->
    [likely] Kasal kayo.
   *[other] Sinabi ninyong hindi kayo kasal, kaya hindi para sa inyo ang 3-taong paraan para sa mga asawa.
}
rule-n400-spouse-citizen = { $verdict ->
    [likely] US citizen ang inyong asawa.
   *[other] Sinabi ninyong hindi US citizen ang inyong asawa, kaya hindi para sa inyo ang 3-taong paraan para sa mga asawa.
}
rule-n400-marital-union = { $verdict ->
    [likely] Kasal kayo at nakatira kasama ng inyong asawang US citizen mula { $since }: kailangan ang hindi bababa sa { $period }.
   *[other] Kasal kayo at nakatira kasama ng inyong asawang US citizen mula { $since }: kailangan ang { $period }, na maaabot sa { $date }.
}
rule-n400-fee-waiver-benefit = { $verdict ->
    [likely] { $person ->
        [you] Tumatanggap kayo ng benepisyong batay sa kita.
       *[member] Tumatanggap ang { $who } ng benepisyong batay sa kita.
    }
   *[other] { $person ->
        [you] Hindi kayo tumatanggap ng benepisyong batay sa kita.
       *[member] Hindi tumatanggap ang { $who } ng benepisyong batay sa kita.
    }
}
rule-n400-fee-waiver-benefit-relative = { $verdict ->
    [likely] { $person ->
        [you] Kasama sa bilang ang sarili ninyong benepisyo.
       *[member] Asawa o anak ninyo ang { $who }: kasama sa bilang ang kanyang benepisyo.
    }
   *[other] Hindi ninyo asawa o anak ang { $who }: para sa ibang kamag-anak, magtanong sa isang legal provider.
}
rule-n400-fee-waiver-benefit-parent-or-sibling = Ang isang magulang o kapatid sa inyong sambahayan ay tumatanggap ng benepisyong batay sa kita: maaaring kasama ito sa bilang. Magtanong sa isang legal provider.
rule-n400-fee-waiver-hardship = { $verdict ->
    [unlikely] Hindi ninyo sinabing may malaking problema kayo sa pera.
   *[other] May malaking problema kayo sa pera: matutulungan kayo ng isang legal provider na patunayan ang matinding kahirapan sa pananalapi (extreme financial hardship).
}
rule-n400-fee-military = { $verdict ->
    [likely] Naglilingkod o naglingkod kayo sa US armed forces: maaaring wala kayong babayarang fee.
   *[other] Sinabi ninyong hindi kayo naglingkod sa US armed forces.
}
rule-n400-fee-full-not-military = { $verdict ->
    [likely] Sinabi ninyong hindi kayo naglingkod sa US armed forces.
   *[other] Naglilingkod o naglingkod kayo sa US armed forces, kaya maaaring may fee exemption (hindi pagbabayad ng fee) para sa inyo.
}
rule-n400-fee-full-income-over-reduced-limit = Mas mataas ang kita ng inyong sambahayan kaysa sa limitasyon para sa reduced fee (mas mababang bayad).
rule-city-resident = { $verdict ->
    [likely] Nakatira kayo sa lungsod.
   *[other] Sinabi ninyong hindi kayo nakatira sa lungsod.
}
rule-county-resident = { $verdict ->
    [likely] Nakatira kayo sa county.
   *[other] Sinabi ninyong hindi kayo nakatira sa county.
}
rule-city-or-county-resident = { $verdict ->
    [likely] Nakatira kayo sa lungsod o sa county.
   *[other] Sinabi ninyong hindi kayo nakatira sa lungsod o sa county.
}
rule-city-id-min-age = { $verdict ->
    [likely] Ang edad ninyo ay { $value }: ang ID ay para sa edad { $threshold } pataas.
   *[other] Ang edad ninyo ay { $value }: ang ID ay para sa edad { $threshold } pataas.
}
rule-city-id-photo-identity = { $verdict ->
    [likely] May ID kayong may litrato mula sa isang bansa.
   *[other] Sinabi ninyong wala kayong ID na may litrato. Masasabi sa inyo ng isang navigator kung anong ibang dokumento ang maaaring tanggapin.
}
rule-city-id-proof-of-address = { $verdict ->
    [likely] Makakapagpakita kayo ng patunay ng inyong address sa lungsod.
   *[other] Sinabi ninyong hindi kayo makakapagpakita ng patunay ng address. Maaaring tanggapin ang sulat mula sa shelter o sa isang nonprofit: magtanong sa isang navigator.
}
rule-esl-age = { $verdict ->
    [likely] Angkop ang edad ninyo sa mga klase.
   *[other] Ang mga klase ay para sa mga adult, at para sa mga kabataang 16 o 17 taong gulang na hindi nag-aaral sa high school.
}
rule-esl-adult = { $verdict ->
    [likely] Ang edad ninyo ay { $value }: ang mga klase ay para sa mga adult na { $threshold } pataas.
   *[other] Ang edad ninyo ay { $value }: ang mga klase para sa adult ay simula { $threshold }.
}
rule-esl-teen-out-of-school = { $verdict ->
    [likely] Kabataan kayong hindi nag-aaral sa high school: puwede kayong sumali.
   *[other] Puwedeng sumali ang mga kabataan kung hindi sila nag-aaral sa high school.
}
rule-esl-min-age = { $verdict ->
    [likely] Ang edad ninyo ay { $value }: kailangan ay hindi bababa sa { $threshold }.
   *[other] Ang edad ninyo ay { $value }: ang mga klase ay simula { $threshold }.
}
rule-esl-not-in-high-school = { $verdict ->
    [likely] Hindi kayo nag-aaral sa high school.
   *[other] Nag-aaral kayo sa high school: may tulong sa Ingles ang inyong paaralan.
}
rule-food-snap-or-wic = { $verdict ->
    [likely] { $person ->
        [you] Tumatanggap kayo ng SNAP o WIC.
       *[member] Tumatanggap ang { $who } ng SNAP o WIC.
    }
   *[other] { $person ->
        [you] Hindi kayo tumatanggap ng SNAP o WIC.
       *[member] Hindi tumatanggap ang { $who } ng SNAP o WIC.
    }
}
rule-food-snap-or-wic-household = { $verdict ->
    [likely] May isang tao sa inyong sambahayan na tumatanggap ng SNAP o WIC.
   *[other] Walang tao sa inyong sambahayan na tumatanggap ng SNAP o WIC.
}
rule-facing-removal-proceedings = { $verdict ->
    [likely] May kaso kayo sa immigration court: babayaran ng pondo ang isang abogado para ipagtanggol kayo.
   *[other] Sinabi ninyong wala kayong kaso sa immigration court.
}
rule-small-business-owner = { $verdict ->
    [likely] May maliit kayong negosyo o balak ninyong magsimula nito.
   *[other] Sinabi ninyong wala kayong maliit na negosyo at hindi kayo nagbabalak magsimula nito.
}
rule-n400-fee-waiver-benefit-parent-relative = { $verdict ->
    [likely] Ang { $who } ay inyong magulang o kapatid: maaaring mabilang ang kanyang benepisyo.
   *[other] { $person ->
        [you] Ang bahaging ito ay tungkol sa magulang o kapatid na nakatira sa inyo.
       *[member] Ang { $who } ay hindi ninyo magulang o kapatid.
    }
}
