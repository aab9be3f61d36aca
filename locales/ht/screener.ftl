# Puerta, tcheke pwogram yo: kreyòl ayisyen.
# review-state: draft
# Machine-drafted by the Puerta team; not yet reviewed by a fluent speaker.
# Ekip Puerta a prepare tradiksyon sa a; yon moun ki pale kreyòl byen poko revize l.

## Screener

home-screener-heading = Pwogram ou ka kalifye pou yo
home-screener-body = Reponn kèk ti kesyon pou w wè ki pwogram ki ka ede w ak ki kote pou w jwenn yo. Tout kesyon yo pa obligatwa, epi nou pa anrejistre anyen ou ekri.
home-screener-link = Kòmanse tcheke pwogram yo
screener-title = Tcheke pwogram yo
screener-intro-heading = Ki pwogram ki ka ede w?
screener-intro-lead = Reponn kèk ti kesyon, yon sijè apre lòt. Nou montre w pwogram ki ka ede w, poukisa, ak sèvis ki ka ede w fè demann nan.
screener-intro-optional = Tout kesyon yo pa obligatwa: ou ka sote nenpòt kesyon oswa sijè ou pa vle reponn.
screener-intro-not-stored = Nou pa anrejistre anyen ou ekri: repons ou yo rete sèlman nan adrès paj sa a, epi yo disparèt lè ou fèmen l.
screener-intro-no-status = Nou pa poze kesyon sou estati imigrasyon ou. Se sèlman dènye seksyon an, yon tcheke sitwayènte pou rezidan pèmanan (moun ki gen kat vèt, green card), ki poze kesyon sou kat vèt ou, epi li pa obligatwa.
screener-intro-shared-device = Si w sou yon òdinatè plizyè moun sèvi, fèmen fenèt navigatè a lè ou fini.
screener-not-legal-advice = Sa a se enfòmasyon jeneral, se pa konsèy legal. Se sèlman pwogram nan, oswa yon avoka oswa yon reprezantan DOJ akredite, ki ka di w sa sèten.
screener-start = Kòmanse
screener-step-of = Etap { $step } sou { $total }
screener-next = Swivan
screener-skip = Sote sijè sa a
screener-back = Retounen
screener-see-results = Wè rezilta yo
screener-optional = Pa obligatwa
screener-yes = Wi
screener-no = Non
screener-not-sure = Sote / mwen pa sèten
screener-choose = Sote / chwazi youn
screener-invalid = Nou pa t ka li yon repons sou paj sa a, kidonk nou kite l sou kote. Tanpri verifye l, oswa kite l vid.
screener-invalid-some = Nou pa t ka li kèk nan repons ou yo, kidonk nou kite yo sou kote. Ou ka chanje repons ou yo anba a.
screener-you = Ou menm
screener-member = Moun nimewo { $n } lakay ou
screener-city = Sycamore Falls
screener-county = konte Ashgrove
screener-step-place = Kote ou rete
screener-step-place-lead = Anpil pwogram se pou moun ki rete nan vil la oswa nan konte a.
screener-step-household = Laj ak moun lakay ou
screener-step-household-lead = Moun lakay ou se moun ki rete avè w epi ki pataje manje oswa lajan avè w.
screener-step-income = Revni ak èd
screener-step-income-lead = Gen pwogram ki pou fanmi ki pa touche anpil lajan. Yon kalkil apeprè bon.
screener-step-work = Travay ak biznis
screener-step-work-lead = Gen pwogram ki ede moun ki gen yon ti biznis oswa ki te sèvi nan lame.
screener-step-legal = Sitiyasyon legal
screener-step-legal-lead = Nou poze kesyon sa a sèlman pou nou ka voye w bò kote èd legal gratis. Ou ka sote l.
screener-step-citizenship = Tcheke sitwayènte
screener-step-citizenship-lead = Seksyon sa a se sèlman pou rezidan pèmanan (moun ki gen kat vèt, green card) ki vle konnen kilè yo ka fè demann pou vin sitwayen ameriken. Si se pa ou, oswa si ou pa vle reponn, sote l.
screener-citizenship-skip-all = Sote seksyon sa a epi wè rezilta ou yo
screener-q-state = Nan ki eta ou rete?
screener-q-lives-in-city = Èske ou rete nan vil { $city }?
screener-q-lives-in-county = Èske ou rete nan { $county }?
screener-q-lives-in-county-hint = Vil la fè pati konte a.
screener-q-has-photo-identity-document = Èske ou gen yon kat idantite ak foto ki soti nan nenpòt peyi?
screener-q-has-photo-identity-document-hint = Pa egzanp yon paspò, yon kat konsila oswa yon lisans pou kondui, ki soti nan nenpòt peyi.
screener-q-has-proof-of-city-address = Èske ou ka montre yon prèv adrès ou nan vil la?
screener-q-has-proof-of-city-address-hint = Pa egzanp yon kontra lwaye, yon bòdwo limyè oswa dlo, yon relve bank, oswa yon lèt yon abri oswa yon òganizasyon san bi likratif ba ou.
screener-q-age = Ki laj ou?
screener-q-enrolled-in-high-school = Èske ou lekòl segondè (high school) kounye a?
screener-q-enrolled-in-high-school-hint = Sa konte sèlman si ou gen 16 oswa 17 an.
screener-q-household-size = Konbyen moun ki rete lakay ou, avè w ladan l?
screener-members-hint = Ou ka pale nou de 5 lòt moun ki rete avè w, pa plis. Kite yon moun vid pou w sote l.
screener-q-relationship = Ki relasyon li genyen avè w
screener-q-member-age = Laj
screener-relationship-spouse = Mari oswa madanm
screener-relationship-child = Pitit
screener-relationship-parent = Papa oswa manman
screener-relationship-sibling = Frè oswa sè
screener-relationship-other = Lòt
screener-q-household-annual-income = Konbyen lajan tout moun lakay ou touche nan yon ane, anvan taks?
screener-q-household-annual-income-hint = An dola ameriken, pou tout moun lakay ou ansanm. Yon kalkil apeprè bon.
screener-q-receives-means-tested-benefit = Èske gen yon moun lakay ou ki resevwa yon èd ki baze sou revni?
screener-q-receives-means-tested-benefit-hint = Pa egzanp Medicaid, SNAP (koupon manje, food stamps), SSI, TANF oswa èd pou lojman.
screener-q-receives-snap-or-wic = Èske gen yon moun lakay ou ki resevwa SNAP (koupon manje) oswa WIC?
screener-q-extreme-financial-hardship = Èske ou gen gwo pwoblèm lajan kounye a?
screener-q-extreme-financial-hardship-hint = Pa egzanp gwo bòdwo lopital, ou pèdi travay ou, oswa yon dezas.
screener-q-runs-or-plans-small-business = Èske ou gen yon ti biznis, oswa èske ou gen plan pou w louvri youn?
screener-q-runs-or-plans-small-business-hint = Vann manje nan yon charyo oswa lakay ou konte tou.
screener-q-military-service = Èske ou nan lame ameriken, oswa èske ou te sèvi ladan l?
screener-q-facing-removal-proceedings = Èske ou gen yon ka nan tribinal imigrasyon?
screener-q-facing-removal-proceedings-hint = Pa egzanp, ou te resevwa yon “Notice to Appear” (avi pou w prezante nan tribinal). Yon avoka gratis ka petèt defann ou.
screener-q-permanent-resident-since = Kilè ou te vin rezidan pèmanan?
screener-q-permanent-resident-since-hint = Dat ki ekri “Resident since” sou kat vèt ou.
screener-q-lives-in-state-since = Depi kilè ou rete nan eta kote ou ye kounye a?
screener-q-married = Èske ou marye?
screener-q-spouse-is-us-citizen = Èske mari w oswa madanm ou se sitwayen ameriken?
screener-q-married-to-citizen-since = Depi kilè ou marye ak mari w oswa madanm ou ki sitwayen ameriken an, epi n ap viv ansanm?
screener-q-days-outside-us-last-5y = Nan 5 dènye ane yo, konbyen jou an total ou te pase andeyò Etazini?
screener-q-days-outside-us-last-5y-hint = Yon kalkil apeprè an jou bon: 6 mwa se anviwon 180 jou.
screener-q-longest-trip-days-last-5y = Nan 5 dènye ane yo, konbyen jou pi long vwayaj ou andeyò Etazini te dire?
screener-q-days-outside-us-last-3y = Nan 3 dènye ane yo, konbyen jou an total ou te pase andeyò Etazini?
screener-q-longest-trip-days-last-3y = Nan 3 dènye ane yo, konbyen jou pi long vwayaj ou andeyò Etazini te dire?
screener-results-title = Pwogram ki ka ede w
screener-results-lead = Dapre repons ou yo, tcheke nan dat { $date }.
screener-likely-heading = Gen anpil chans
screener-likely-hint = Dapre repons ou yo, gen anpil chans ou kalifye. Kontakte youn nan sèvis ki anba yo pou w fè demann nan.
screener-maybe-heading = Petèt
screener-maybe-hint = Nou bezwen yon ti kras plis enfòmasyon pou nou konnen. Yon konseye (navigator) ka ede w.
screener-unlikely-heading = { $count ->
   *[other] Lòt pwogram ({ $count })
}
screener-unlikely-hint = Dapre repons ou yo, gen mwens chans pou pwogram sa yo. Gen eksepsyon nan règ yo: yon konseye (navigator) ka tcheke sa avè w.
screener-group-empty = Pa gen okenn dapre repons ou yo pou kounye a.
screener-needs = Nou ta bezwen konnen: { $facts }.
screener-why = Poukisa
screener-amount = Kantite: { $amount }
screener-threshold = Chif nou itilize: { $value } (sous: { $sources }).
screener-threshold-dated = Chif nou itilize: { $value } (sous: { $sources }; an vigè depi { $date }).
screener-check-legal-provider = Tcheke ak yon sèvis èd legal.
screener-flag-review = Yon sèvis èd legal bezwen gade yon pati nan sa a: tcheke ak yon sèvis èd legal.
screener-flag-borderline = Repons ou a tonbe egzakteman sou limit la, e sous yo pa eksplike limit sa a menm jan: tcheke ak yon sèvis èd legal.
screener-flag-single-source = Yon chif nou itilize la a soti nan yon sèl sous nou pa t ka verifye ak yon lòt: tcheke ak yon sèvis èd legal.
screener-flag-no-parameter = Nou pa gen chif ki an vigè jodi a: tcheke ak yon sèvis èd legal.
screener-flag-unverified = Yon chif nou itilize la a poko konfime: tcheke ak yon sèvis èd legal.
screener-services = Kote pou jwenn èd
screener-services-none = Poko gen sèvis sou lis la pou pwogram sa a. Rele 211 pou jwenn èd.
screener-more-services = Jwenn plis sèvis tankou sa yo
screener-change-answers = Chanje repons ou yo
screener-start-over = Rekòmanse san okenn repons
screener-unit-years = { $n ->
   *[other] { $n } an
}
screener-unit-months = { $n ->
   *[other] { $n } mwa
}
screener-unit-days = { $n ->
   *[other] { $n } jou
}
fact-age = laj ou
fact-relationship = ki relasyon chak moun genyen avè w
fact-receives-means-tested-benefit = si gen yon moun ki resevwa yon èd ki baze sou revni
fact-household-size = konbyen moun ki rete lakay ou
fact-household-annual-income = revni moun lakay ou
fact-household-income-pct-fpg = revni moun lakay ou konpare ak gid sou povrete a
fact-state = eta kote ou rete
fact-lives-in-city = si ou rete nan vil la
fact-permanent-resident-since = dat ou te vin rezidan pèmanan
fact-years-as-permanent-resident = depi konbyen tan ou se rezidan pèmanan
fact-married = si ou marye
fact-spouse-is-us-citizen = si mari w oswa madanm ou se sitwayen ameriken
fact-married-to-citizen-since = depi kilè ou marye ak mari w oswa madanm ou ki sitwayen ameriken an
fact-lives-in-state-since = depi kilè ou rete nan eta w la
fact-days-outside-us-last-5y = kantite jou ou te pase andeyò Etazini nan 5 dènye ane yo
fact-days-outside-us-last-3y = kantite jou ou te pase andeyò Etazini nan 3 dènye ane yo
fact-longest-trip-days-last-5y = pi long vwayaj ou andeyò Etazini nan 5 dènye ane yo
fact-longest-trip-days-last-3y = pi long vwayaj ou andeyò Etazini nan 3 dènye ane yo
fact-facing-removal-proceedings = si ou gen yon ka nan tribinal imigrasyon
fact-military-service = si ou te sèvi nan lame ameriken
fact-extreme-financial-hardship = si ou gen gwo pwoblèm lajan
fact-lives-in-county = si ou rete nan konte a
fact-enrolled-in-high-school = si ou lekòl segondè (high school)
fact-receives-snap-or-wic = si gen yon moun ki resevwa SNAP oswa WIC
fact-runs-or-plans-small-business = si ou gen yon ti biznis oswa si ou gen plan pou louvri youn
fact-has-photo-identity-document = si ou gen yon kat idantite ak foto
fact-has-proof-of-city-address = si ou ka montre yon prèv adrès ou nan vil la
rule-all = Tout bagay sa yo aplike.
rule-any = Omwen youn nan bagay sa yo aplike.
rule-not = Sa pa aplike.
rule-any-member = Gen yon moun lakay ou ki ranpli kondisyon sa a.
rule-all-members = Tout moun lakay ou ranpli kondisyon sa a.
rule-is-true = { $verdict ->
    [likely] Wi: { $fact }.
   *[other] Se pa sa: { $fact }.
}
rule-is-false = { $verdict ->
    [likely] Se pa sa: { $fact }.
   *[other] Wi: { $fact }.
}
rule-one-of = { $fact }: { $value }.
rule-compare-at-least = { $fact }: { $value } (fòk li omwen { $threshold }).
rule-compare-at-most = { $fact }: { $value } (pa plis pase { $threshold }).
rule-compare-greater-than = { $fact }: { $value } (fòk li plis pase { $threshold }).
rule-compare-less-than = { $fact }: { $value } (fòk li mwens pase { $threshold }).
rule-compare-equals = { $fact }: { $value } (fòk li { $threshold }).
rule-income-at-most-fpg-percent = { $verdict ->
    [likely] Revni moun lakay ou ({ $income } pa ane, pou { $household-size } moun) egal oswa pi ba pase { $limit-percent }% gid federal sou povrete { $year } la: { $limit }.
    [unlikely] Revni moun lakay ou ({ $income } pa ane, pou { $household-size } moun) pi wo pase { $limit-percent }% gid federal sou povrete { $year } la: { $limit }.
   *[other] Revni moun lakay ou ({ $income } pa ane, pou { $household-size } moun) toupre { $limit-percent }% gid federal sou povrete { $year } la: { $limit }.
}
rule-income-at-least-fpg-percent = { $verdict ->
    [likely] Revni moun lakay ou ({ $income } pa ane, pou { $household-size } moun) egal oswa pi wo pase { $limit-percent }% gid federal sou povrete { $year } la: { $limit }.
   *[other] Revni moun lakay ou ({ $income } pa ane, pou { $household-size } moun) pi ba pase { $limit-percent }% gid federal sou povrete { $year } la: { $limit }.
}
rule-income-greater-than-fpg-percent = { $verdict ->
    [likely] Revni moun lakay ou ({ $income } pa ane, pou { $household-size } moun) pi wo pase { $limit-percent }% gid federal sou povrete { $year } la: { $limit }.
   *[other] Revni moun lakay ou ({ $income } pa ane, pou { $household-size } moun) pa pi wo pase { $limit-percent }% gid federal sou povrete { $year } la: { $limit }.
}
rule-income-less-than-fpg-percent = { $verdict ->
    [likely] Revni moun lakay ou ({ $income } pa ane, pou { $household-size } moun) pi ba pase { $limit-percent }% gid federal sou povrete { $year } la: { $limit }.
   *[other] Revni moun lakay ou ({ $income } pa ane, pou { $household-size } moun) pa pi ba pase { $limit-percent }% gid federal sou povrete { $year } la: { $limit }.
}
rule-income-equals-fpg-percent = Revni moun lakay ou ({ $income } pa ane, pou { $household-size } moun) konpare ak { $limit-percent }% gid federal sou povrete { $year } la: { $limit }.
rule-elapsed-since = { $verdict ->
    [likely] Depi { $since }: { $period } te fin pase { $date }.
   *[other] Depi { $since }: { $period } ap fin pase { $date }.
}
rule-physical-presence = { $verdict ->
    [likely] Ou te Ozetazini { $days-present } sou { $window-days } ki sot pase yo (prezans fizik): fòk ou gen omwen { $threshold }.
   *[other] Ou te Ozetazini { $days-present } sou { $window-days } ki sot pase yo (prezans fizik): fòk ou gen omwen { $threshold }.
}
rule-continuous-residence = { $band ->
    [short] Pi long vwayaj ou andeyò Etazini ({ $days }) te mwens pase 6 mwa.
    [presumption] Pi long vwayaj ou andeyò Etazini ({ $days }) te plis pase 6 mwa: sa ka kase “rezidans kontinyèl” ou, sòf si ou ka montre se pa sa. Tcheke ak yon sèvis èd legal.
    [possible-break] Pi long vwayaj ou andeyò Etazini ({ $days }) te ka dire 1 an oswa plis: tcheke ak yon sèvis èd legal.
   *[break] Pi long vwayaj ou andeyò Etazini ({ $days }) te dire 1 an oswa plis: anjeneral sa kase “rezidans kontinyèl” ou. Tcheke ak yon sèvis èd legal.
}
rule-n400-path-general = Chemen 5 an pou rezidan pèmanan yo.
rule-n400-path-spouse = Chemen 3 an pou mari oswa madanm sitwayen ameriken.
rule-n400-min-age = { $verdict ->
    [likely] Ou gen { $value }: fòk ou gen omwen { $threshold } pou w fè demann nan.
   *[other] Ou gen { $value }: fòk ou gen omwen { $threshold } pou w ka fè demann nan.
}
rule-n400-earliest-filing = { $verdict ->
    [likely] Sou chemen 5 an an, ou te ka depoze demann nan depi { $date } ({ $period } kòm rezidan pèmanan depi { $since }, mwens { $early-days }): dat sa a pase deja.
   *[other] Sou chemen 5 an an, premye dat ou ka depoze demann nan se { $date } ({ $period } kòm rezidan pèmanan depi { $since }, mwens { $early-days }).
}
rule-n400-earliest-filing-spouse = { $verdict ->
    [likely] Sou chemen 3 an pou mari oswa madanm, ou te ka depoze demann nan depi { $date } ({ $period } kòm rezidan pèmanan depi { $since }, mwens { $early-days }): dat sa a pase deja.
   *[other] Sou chemen 3 an pou mari oswa madanm, premye dat ou ka depoze demann nan se { $date } ({ $period } kòm rezidan pèmanan depi { $since }, mwens { $early-days }).
}
rule-n400-state-residence = { $verdict ->
    [likely] Ou rete nan eta w la depi { $since }: fòk ou gen omwen { $period }.
   *[other] Ou rete nan eta w la depi { $since }: fòk ou gen { $period }, sa ap rive { $date }.
}
rule-n400-married = { $verdict ->
    [likely] Ou marye.
   *[other] Ou di ou pa marye, kidonk chemen 3 an pou mari oswa madanm nan pa aplike pou ou.
}
rule-n400-spouse-citizen = { $verdict ->
    [likely] Mari w oswa madanm ou se sitwayen ameriken.
   *[other] Ou di mari w oswa madanm ou pa sitwayen ameriken, kidonk chemen 3 an pou mari oswa madanm nan pa aplike pou ou.
}
rule-n400-marital-union = { $verdict ->
    [likely] Ou marye ak mari w oswa madanm ou ki sitwayen ameriken an epi n ap viv ansanm depi { $since }: fòk ou gen omwen { $period }.
   *[other] Ou marye ak mari w oswa madanm ou ki sitwayen ameriken an epi n ap viv ansanm depi { $since }: fòk ou gen { $period }, sa ap rive { $date }.
}
rule-n400-fee-waiver-benefit = { $verdict ->
    [likely] { $person ->
        [you] Ou resevwa yon èd ki baze sou revni.
       *[member] { $who } resevwa yon èd ki baze sou revni.
    }
   *[other] { $person ->
        [you] Ou pa resevwa yon èd ki baze sou revni.
       *[member] { $who } pa resevwa yon èd ki baze sou revni.
    }
}
rule-n400-fee-waiver-benefit-relative = { $verdict ->
    [likely] { $person ->
        [you] Pwòp èd pa w la konte.
       *[member] { $who } se mari w, madanm ou oswa pitit ou: èd li a konte.
    }
   *[other] { $who } se pa mari w, madanm ou ni pitit ou: pou lòt fanmi, tcheke ak yon sèvis èd legal.
}
rule-n400-fee-waiver-benefit-parent-or-sibling = Papa w, manman w, frè w oswa sè w ki rete lakay ou resevwa yon èd ki baze sou revni: sa ka konte. Tcheke ak yon sèvis èd legal.
rule-n400-fee-waiver-hardship = { $verdict ->
    [unlikely] Ou pa t di ou gen gwo pwoblèm lajan.
   *[other] Ou gen gwo pwoblèm lajan: yon sèvis èd legal ka ede w montre ou nan gwo difikilte ekonomik (extreme financial hardship).
}
rule-n400-fee-military = { $verdict ->
    [likely] Ou nan lame ameriken oswa ou te sèvi ladan l: petèt ou pa gen frè pou peye.
   *[other] Ou di ou pa t sèvi nan lame ameriken.
}
rule-n400-fee-full-not-military = { $verdict ->
    [likely] Ou di ou pa t sèvi nan lame ameriken.
   *[other] Ou nan lame ameriken oswa ou te sèvi ladan l, kidonk yon egzanpsyon frè ka aplike pou ou.
}
rule-n400-fee-full-income-over-reduced-limit = Revni moun lakay ou pi wo pase limit pou frè redui a.
rule-city-resident = { $verdict ->
    [likely] Ou rete nan vil la.
   *[other] Ou di ou pa rete nan vil la.
}
rule-county-resident = { $verdict ->
    [likely] Ou rete nan konte a.
   *[other] Ou di ou pa rete nan konte a.
}
rule-city-or-county-resident = { $verdict ->
    [likely] Ou rete nan vil la oswa nan konte a.
   *[other] Ou di ou pa rete ni nan vil la ni nan konte a.
}
rule-city-id-min-age = { $verdict ->
    [likely] Ou gen { $value }: kat idantite a se pou moun ki gen { $threshold } oswa plis.
   *[other] Ou gen { $value }: kat idantite a se pou moun ki gen { $threshold } oswa plis.
}
rule-city-id-photo-identity = { $verdict ->
    [likely] Ou gen yon kat idantite ak foto ki soti nan yon peyi.
   *[other] Ou di ou pa gen kat idantite ak foto. Yon konseye (navigator) ka di w ki lòt dokiman yo ka aksepte.
}
rule-city-id-proof-of-address = { $verdict ->
    [likely] Ou ka montre yon prèv adrès ou nan vil la.
   *[other] Ou di ou pa ka montre yon prèv adrès ou. Yon lèt yon abri oswa yon òganizasyon san bi likratif ba ou ka konte: mande yon konseye (navigator).
}
rule-esl-age = { $verdict ->
    [likely] Laj ou bon pou kou yo.
   *[other] Kou yo se pou granmoun, ak pou jèn ki gen 16 oswa 17 an ki pa lekòl segondè (high school).
}
rule-esl-adult = { $verdict ->
    [likely] Ou gen { $value }: kou yo se pou granmoun ki gen { $threshold } oswa plis.
   *[other] Ou gen { $value }: kou pou granmoun yo kòmanse a { $threshold }.
}
rule-esl-teen-out-of-school = { $verdict ->
    [likely] Ou se yon jèn ki pa lekòl segondè: ou ka enskri.
   *[other] Jèn yo ka enskri sèlman si yo pa lekòl segondè (high school).
}
rule-esl-min-age = { $verdict ->
    [likely] Ou gen { $value }: fòk ou gen omwen { $threshold }.
   *[other] Ou gen { $value }: kou yo kòmanse a { $threshold }.
}
rule-esl-not-in-high-school = { $verdict ->
    [likely] Ou pa lekòl segondè (high school).
   *[other] Ou lekòl segondè (high school): lekòl ou a bay èd pou aprann angle.
}
rule-food-snap-or-wic = { $verdict ->
    [likely] { $person ->
        [you] Ou resevwa SNAP oswa WIC.
       *[member] { $who } resevwa SNAP oswa WIC.
    }
   *[other] { $person ->
        [you] Ou pa resevwa SNAP ni WIC.
       *[member] { $who } pa resevwa SNAP ni WIC.
    }
}
rule-food-snap-or-wic-household = { $verdict ->
    [likely] Gen yon moun lakay ou ki resevwa SNAP oswa WIC.
   *[other] Pèsonn lakay ou pa resevwa SNAP ni WIC.
}
rule-facing-removal-proceedings = { $verdict ->
    [likely] Ou gen yon ka nan tribinal imigrasyon: fon an peye yon avoka pou defann ou.
   *[other] Ou di ou pa gen ka nan tribinal imigrasyon.
}
rule-small-business-owner = { $verdict ->
    [likely] Ou gen yon ti biznis, oswa ou gen plan pou louvri youn.
   *[other] Ou di ou pa gen yon ti biznis, epi ou pa gen plan pou louvri youn.
}
rule-n400-fee-waiver-benefit-parent-relative = { $verdict ->
    [likely] { $who } se paran ou, frè ou oswa sè ou: benefis li ka konte.
   *[other] { $person ->
        [you] Pati sa a se pou yon paran, yon frè oswa yon sè ki rete avè ou.
       *[member] { $who } pa paran ou, ni frè ou, ni sè ou.
    }
}
