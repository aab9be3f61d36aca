# Puerta, pages pour les résidents : français — vérification des programmes d’aide.
# review-state: draft
# Machine-drafted by the Puerta team; not yet reviewed by a fluent speaker.
# Traduction préparée par l’équipe Puerta ; pas encore relue par une personne qui parle couramment le français.

## Screener

home-screener-heading = Les programmes auxquels vous pourriez avoir droit
home-screener-body = Répondez à quelques questions courtes pour voir quels programmes peuvent vous aider et où les demander. Toutes les questions sont facultatives, et rien de ce que vous écrivez n’est enregistré.
home-screener-link = Commencer la vérification
screener-title = Vérifier les programmes d’aide
screener-intro-heading = Quels programmes peuvent vous aider ?
screener-intro-lead = Répondez à quelques questions courtes, un sujet à la fois. Nous vous montrons les programmes qui peuvent vous aider, pourquoi, et les services qui peuvent vous aider à faire la demande.
screener-intro-optional = Toutes les questions sont facultatives : vous pouvez passer toute question ou tout sujet auquel vous ne voulez pas répondre.
screener-intro-not-stored = Rien de ce que vous écrivez n’est enregistré : vos réponses restent seulement dans l’adresse de cette page, et elles disparaissent quand vous la fermez.
screener-intro-no-status = Nous ne demandons pas votre statut d’immigration. Seule la dernière partie, une vérification pour la citoyenneté destinée aux résidents permanents (titulaires d’une carte verte, ou green card), pose des questions sur votre carte verte, et elle est facultative.
screener-intro-shared-device = Sur un ordinateur partagé, fermez la fenêtre du navigateur quand vous avez fini.
screener-not-legal-advice = Ce sont des informations générales, pas des conseils juridiques. Seul le programme lui-même, ou un avocat ou un représentant accrédité par le DOJ, peut vous le dire avec certitude.
screener-start = Commencer
screener-step-of = Étape { $step } sur { $total }
screener-next = Suivant
screener-skip = Passer ce sujet
screener-back = Retour
screener-see-results = Voir les résultats
screener-optional = Facultatif
screener-yes = Oui
screener-no = Non
screener-not-sure = Passer / je ne sais pas
screener-choose = Passer / choisissez une réponse
screener-invalid = Nous n’avons pas pu lire une réponse sur cette page, alors nous ne l’avons pas utilisée. Vérifiez-la, ou laissez-la vide.
screener-invalid-some = Nous n’avons pas pu lire certaines de vos réponses, alors nous ne les avons pas utilisées. Vous pouvez modifier vos réponses plus bas.
screener-you = Vous
screener-member = Personne { $n } de votre foyer
screener-city = Sycamore Falls
screener-county = le comté d’Ashgrove
screener-step-place = Où vous habitez
screener-step-place-lead = Beaucoup de programmes sont pour les personnes qui habitent dans la ville ou dans le comté.
screener-step-household = Âge et foyer
screener-step-household-lead = Votre foyer, ce sont les personnes qui vivent avec vous et qui partagent la nourriture ou l’argent avec vous.
screener-step-income = Revenus et aides
screener-step-income-lead = Certains programmes sont pour les foyers qui ont de petits revenus. Un chiffre approximatif suffit.
screener-step-work = Travail et entreprise
screener-step-work-lead = Certains programmes aident les personnes qui ont une petite entreprise ou qui ont servi dans l’armée.
screener-step-legal = Situation juridique
screener-step-legal-lead = Nous posons cette question seulement pour vous orienter vers une aide juridique gratuite. Vous pouvez la passer.
screener-step-citizenship = Vérification pour la citoyenneté
screener-step-citizenship-lead = Cette partie est seulement pour les résidents permanents (titulaires d’une carte verte) qui veulent savoir quand ils peuvent demander la citoyenneté américaine (naturalisation). Si ce n’est pas votre cas, ou si vous préférez ne pas répondre, passez-la.
screener-citizenship-skip-all = Passer cette partie et voir vos résultats
screener-q-state = Dans quel État habitez-vous ?
screener-q-lives-in-city = Habitez-vous dans la ville de { $city } ?
screener-q-lives-in-county = Habitez-vous dans { $county } ?
screener-q-lives-in-county-hint = Le comté comprend la ville.
screener-q-has-photo-identity-document = Avez-vous une pièce d’identité avec photo, de n’importe quel pays ?
screener-q-has-photo-identity-document-hint = Par exemple un passeport, une carte consulaire ou un permis de conduire, de n’importe quel pays.
screener-q-has-proof-of-city-address = Pouvez-vous montrer un justificatif de votre adresse dans la ville ?
screener-q-has-proof-of-city-address-hint = Par exemple un bail, une facture d’électricité, de gaz ou d’eau, un relevé bancaire, ou une lettre d’un centre d’hébergement ou d’une association.
screener-q-age = Quel âge avez-vous ?
screener-q-enrolled-in-high-school = Êtes-vous au lycée (high school) en ce moment ?
screener-q-enrolled-in-high-school-hint = Cela compte seulement si vous avez 16 ou 17 ans.
screener-q-household-size = Combien de personnes vivent dans votre foyer, vous compris ?
screener-members-hint = Vous pouvez nous parler de 5 autres personnes au maximum qui vivent avec vous. Laissez une personne vide pour la passer.
screener-q-relationship = Lien avec vous
screener-q-member-age = Âge
screener-relationship-spouse = Époux ou épouse
screener-relationship-child = Enfant
screener-relationship-parent = Père ou mère
screener-relationship-sibling = Frère ou sœur
screener-relationship-other = Autre
screener-q-household-annual-income = Quel est le revenu total de votre foyer sur une année, avant impôts ?
screener-q-household-annual-income-hint = En dollars américains, pour toutes les personnes de votre foyer ensemble. Un chiffre approximatif suffit.
screener-q-receives-means-tested-benefit = Est-ce que quelqu’un reçoit une aide accordée selon les revenus ?
screener-q-receives-means-tested-benefit-hint = Par exemple Medicaid, SNAP (bons alimentaires, « food stamps »), SSI, TANF ou une aide au logement.
screener-q-receives-snap-or-wic = Est-ce que quelqu’un reçoit SNAP (bons alimentaires) ou WIC ?
screener-q-extreme-financial-hardship = Avez-vous de graves problèmes d’argent en ce moment ?
screener-q-extreme-financial-hardship-hint = Par exemple de grosses factures médicales, la perte de votre emploi, ou une catastrophe.
screener-q-runs-or-plans-small-business = Avez-vous une petite entreprise, ou voulez-vous en créer une ?
screener-q-runs-or-plans-small-business-hint = Vendre de la nourriture dans un chariot ou depuis chez vous, cela compte.
screener-q-military-service = Servez-vous, ou avez-vous servi, dans les forces armées des États-Unis ?
screener-q-facing-removal-proceedings = Avez-vous une affaire devant le tribunal de l’immigration ?
screener-q-facing-removal-proceedings-hint = Par exemple, vous avez reçu un « avis de comparution » (Notice to Appear). Un avocat gratuit pourra peut-être vous défendre.
screener-q-permanent-resident-since = Quand êtes-vous devenu résident permanent ?
screener-q-permanent-resident-since-hint = La date « Resident since » sur votre carte verte.
screener-q-lives-in-state-since = Depuis quand habitez-vous dans votre État actuel ?
screener-q-married = Êtes-vous marié ou mariée ?
screener-q-spouse-is-us-citizen = Votre époux ou épouse a-t-il ou a-t-elle la citoyenneté américaine ?
screener-q-married-to-citizen-since = Depuis quand êtes-vous marié à votre époux ou épouse citoyen américain, et vivez-vous avec lui ou elle ?
screener-q-days-outside-us-last-5y = Pendant les 5 dernières années, combien de jours au total avez-vous passés hors des États-Unis ?
screener-q-days-outside-us-last-5y-hint = Un nombre de jours approximatif suffit : 6 mois, c’est environ 180 jours.
screener-q-longest-trip-days-last-5y = Pendant les 5 dernières années, combien de jours a duré votre plus long voyage hors des États-Unis ?
screener-q-days-outside-us-last-3y = Pendant les 3 dernières années, combien de jours au total avez-vous passés hors des États-Unis ?
screener-q-longest-trip-days-last-3y = Pendant les 3 dernières années, combien de jours a duré votre plus long voyage hors des États-Unis ?
screener-results-title = Les programmes qui peuvent vous aider
screener-results-lead = Selon vos réponses, vérifié le { $date }.
screener-likely-heading = Probable
screener-likely-hint = Selon vos réponses, vous avez probablement droit à ces programmes. Contactez un des services ci-dessous pour faire la demande.
screener-maybe-heading = Peut-être
screener-maybe-hint = Il nous faut un peu plus d’informations pour le savoir. Un conseiller (navigator) peut vous aider.
screener-unlikely-heading = { $count ->
    [one] Autres programmes ({ $count })
   *[other] Autres programmes ({ $count })
}
screener-unlikely-hint = Selon vos réponses, ces programmes sont moins probables. Les règles ont des exceptions : un conseiller peut vérifier avec vous.
screener-group-empty = Aucun pour l’instant, selon vos réponses.
screener-needs = Il nous faudrait savoir : { $facts }.
screener-why = Pourquoi
screener-amount = Montant : { $amount }
screener-threshold = Chiffre utilisé : { $value } (source : { $sources }).
screener-threshold-dated = Chiffre utilisé : { $value } (source : { $sources } ; en vigueur depuis le { $date }).
screener-check-legal-provider = Renseignez-vous auprès d’un service juridique.
screener-flag-review = Un service juridique doit examiner une partie de ce résultat : renseignez-vous auprès d’un service juridique.
screener-flag-borderline = Votre réponse est exactement à la limite, et les sources la décrivent de façons différentes : renseignez-vous auprès d’un service juridique.
screener-flag-single-source = Un chiffre utilisé ici vient d’une seule source, que nous n’avons pas pu vérifier avec une autre : renseignez-vous auprès d’un service juridique.
screener-flag-no-parameter = Nous n’avons pas le chiffre en vigueur aujourd’hui : renseignez-vous auprès d’un service juridique.
screener-flag-unverified = Un chiffre utilisé ici n’est pas encore confirmé : renseignez-vous auprès d’un service juridique.
screener-services = Où trouver de l’aide
screener-services-none = Aucun service n’est encore indiqué pour ce programme. Appelez le 211 pour trouver de l’aide.
screener-more-services = Trouver d’autres services de ce type
screener-change-answers = Modifier vos réponses
screener-start-over = Recommencer sans réponses
screener-unit-years = { $n ->
    [one] { $n } an
   *[other] { $n } ans
}
screener-unit-months = { $n ->
    [one] { $n } mois
   *[other] { $n } mois
}
screener-unit-days = { $n ->
    [one] { $n } jour
   *[other] { $n } jours
}
fact-age = votre âge
fact-relationship = le lien de chaque personne avec vous
fact-receives-means-tested-benefit = si quelqu’un reçoit une aide accordée selon les revenus
fact-household-size = le nombre de personnes dans votre foyer
fact-household-annual-income = le revenu de votre foyer
fact-household-income-pct-fpg = le revenu de votre foyer comparé au seuil fédéral de pauvreté
fact-state = votre État
fact-lives-in-city = si vous habitez dans la ville
fact-permanent-resident-since = la date à laquelle vous êtes devenu résident permanent
fact-years-as-permanent-resident = depuis combien de temps vous êtes résident permanent
fact-married = si vous êtes marié ou mariée
fact-spouse-is-us-citizen = si votre époux ou épouse a la citoyenneté américaine
fact-married-to-citizen-since = depuis quand vous êtes marié à votre époux ou épouse citoyen américain
fact-lives-in-state-since = depuis quand vous habitez dans votre État
fact-days-outside-us-last-5y = vos jours hors des États-Unis pendant les 5 dernières années
fact-days-outside-us-last-3y = vos jours hors des États-Unis pendant les 3 dernières années
fact-longest-trip-days-last-5y = votre plus long voyage hors des États-Unis pendant les 5 dernières années
fact-longest-trip-days-last-3y = votre plus long voyage hors des États-Unis pendant les 3 dernières années
fact-facing-removal-proceedings = si vous avez une affaire devant le tribunal de l’immigration
fact-military-service = si vous avez servi dans les forces armées des États-Unis
fact-extreme-financial-hardship = si vous avez de graves problèmes d’argent
fact-lives-in-county = si vous habitez dans le comté
fact-enrolled-in-high-school = si vous êtes au lycée
fact-receives-snap-or-wic = si quelqu’un reçoit SNAP ou WIC
fact-runs-or-plans-small-business = si vous avez ou voulez créer une petite entreprise
fact-has-photo-identity-document = si vous avez une pièce d’identité avec photo
fact-has-proof-of-city-address = si vous pouvez montrer un justificatif d’adresse dans la ville
rule-all = Toutes ces conditions sont remplies.
rule-any = Au moins une de ces conditions est remplie.
rule-not = Cette condition n’est pas remplie.
rule-any-member = Une personne de votre foyer remplit cette condition.
rule-all-members = Toutes les personnes de votre foyer remplissent cette condition.
rule-is-true = { $verdict ->
    [likely] Oui : { $fact }.
   *[other] Ce n’est pas le cas : { $fact }.
}
rule-is-false = { $verdict ->
    [likely] Ce n’est pas le cas : { $fact }.
   *[other] Oui : { $fact }.
}
rule-one-of = { $fact } : { $value }.
rule-compare-at-least = { $fact } : { $value } (il faut au moins { $threshold }).
rule-compare-at-most = { $fact } : { $value } (au maximum { $threshold }).
rule-compare-greater-than = { $fact } : { $value } (il faut plus de { $threshold }).
rule-compare-less-than = { $fact } : { $value } (il faut moins de { $threshold }).
rule-compare-equals = { $fact } : { $value } (il faut { $threshold }).
rule-income-at-most-fpg-percent = { $verdict ->
    [likely] Le revenu de votre foyer ({ $income } par an, foyer de { $household-size }) est inférieur ou égal à { $limit-percent } % du seuil fédéral de pauvreté de { $year } : { $limit }.
    [unlikely] Le revenu de votre foyer ({ $income } par an, foyer de { $household-size }) est supérieur à { $limit-percent } % du seuil fédéral de pauvreté de { $year } : { $limit }.
   *[other] Le revenu de votre foyer ({ $income } par an, foyer de { $household-size }) est proche de { $limit-percent } % du seuil fédéral de pauvreté de { $year } : { $limit }.
}
rule-income-at-least-fpg-percent = { $verdict ->
    [likely] Le revenu de votre foyer ({ $income } par an, foyer de { $household-size }) est supérieur ou égal à { $limit-percent } % du seuil fédéral de pauvreté de { $year } : { $limit }.
   *[other] Le revenu de votre foyer ({ $income } par an, foyer de { $household-size }) est inférieur à { $limit-percent } % du seuil fédéral de pauvreté de { $year } : { $limit }.
}
rule-income-greater-than-fpg-percent = { $verdict ->
    [likely] Le revenu de votre foyer ({ $income } par an, foyer de { $household-size }) est supérieur à { $limit-percent } % du seuil fédéral de pauvreté de { $year } : { $limit }.
   *[other] Le revenu de votre foyer ({ $income } par an, foyer de { $household-size }) n’est pas supérieur à { $limit-percent } % du seuil fédéral de pauvreté de { $year } : { $limit }.
}
rule-income-less-than-fpg-percent = { $verdict ->
    [likely] Le revenu de votre foyer ({ $income } par an, foyer de { $household-size }) est inférieur à { $limit-percent } % du seuil fédéral de pauvreté de { $year } : { $limit }.
   *[other] Le revenu de votre foyer ({ $income } par an, foyer de { $household-size }) n’est pas inférieur à { $limit-percent } % du seuil fédéral de pauvreté de { $year } : { $limit }.
}
rule-income-equals-fpg-percent = Le revenu de votre foyer ({ $income } par an, foyer de { $household-size }) comparé à { $limit-percent } % du seuil fédéral de pauvreté de { $year } : { $limit }.
rule-elapsed-since = { $verdict ->
    [likely] Depuis le { $since } : la durée de { $period } a été atteinte le { $date }.
   *[other] Depuis le { $since } : la durée de { $period } sera atteinte le { $date }.
}
rule-physical-presence = { $verdict ->
    [likely] Vous avez été présent aux États-Unis { $days-present } sur une période de { $window-days } : il faut au moins { $threshold }.
   *[other] Vous avez été présent aux États-Unis { $days-present } sur une période de { $window-days } : il faut au moins { $threshold }.
}
rule-continuous-residence = { $band ->
    [short] Votre plus long voyage hors des États-Unis ({ $days }) a duré moins de 6 mois.
    [presumption] Votre plus long voyage hors des États-Unis ({ $days }) a duré plus de 6 mois : cela peut interrompre la « résidence continue », sauf si vous pouvez prouver le contraire. Renseignez-vous auprès d’un service juridique.
    [possible-break] Votre plus long voyage hors des États-Unis ({ $days }) a peut-être duré 1 an ou plus : renseignez-vous auprès d’un service juridique.
   *[break] Votre plus long voyage hors des États-Unis ({ $days }) a duré 1 an ou plus : en général, cela interrompt la « résidence continue ». Renseignez-vous auprès d’un service juridique.
}
rule-n400-path-general = La voie des 5 ans pour les résidents permanents.
rule-n400-path-spouse = La voie des 3 ans pour les époux et épouses de citoyens américains.
rule-n400-min-age = { $verdict ->
    [likely] Vous avez { $value } : il faut au moins { $threshold } pour faire la demande.
   *[other] Vous avez { $value } : vous devez avoir au moins { $threshold } pour faire la demande.
}
rule-n400-earliest-filing = { $verdict ->
    [likely] Par la voie des 5 ans, vous pouviez déposer votre demande à partir du { $date } ({ $period } de résidence permanente depuis le { $since }, moins { $early-days }) : cette date est passée.
   *[other] Par la voie des 5 ans, la première date possible pour déposer votre demande est le { $date } ({ $period } de résidence permanente depuis le { $since }, moins { $early-days }).
}
rule-n400-earliest-filing-spouse = { $verdict ->
    [likely] Par la voie des 3 ans pour les époux, vous pouviez déposer votre demande à partir du { $date } ({ $period } de résidence permanente depuis le { $since }, moins { $early-days }) : cette date est passée.
   *[other] Par la voie des 3 ans pour les époux, la première date possible pour déposer votre demande est le { $date } ({ $period } de résidence permanente depuis le { $since }, moins { $early-days }).
}
rule-n400-state-residence = { $verdict ->
    [likely] Vous habitez dans votre État depuis le { $since } : il faut au moins { $period }.
   *[other] Vous habitez dans votre État depuis le { $since } : il faut { $period }, une durée atteinte le { $date }.
}
rule-n400-married = { $verdict ->
    [likely] Vous êtes marié ou mariée.
   *[other] Vous avez dit que vous n’êtes pas marié, donc la voie des 3 ans pour les époux ne s’applique pas.
}
rule-n400-spouse-citizen = { $verdict ->
    [likely] Votre époux ou épouse a la citoyenneté américaine.
   *[other] Vous avez dit que votre époux ou épouse n’a pas la citoyenneté américaine, donc la voie des 3 ans pour les époux ne s’applique pas.
}
rule-n400-marital-union = { $verdict ->
    [likely] Vous êtes marié à votre époux ou épouse citoyen américain et vivez avec lui ou elle depuis le { $since } : il faut au moins { $period }.
   *[other] Vous êtes marié à votre époux ou épouse citoyen américain et vivez avec lui ou elle depuis le { $since } : il faut { $period }, une durée atteinte le { $date }.
}
rule-n400-fee-waiver-benefit = { $verdict ->
    [likely] { $person ->
        [you] Vous recevez une aide accordée selon les revenus.
       *[member] { $who } reçoit une aide accordée selon les revenus.
    }
   *[other] { $person ->
        [you] Vous ne recevez pas d’aide accordée selon les revenus.
       *[member] { $who } ne reçoit pas d’aide accordée selon les revenus.
    }
}
rule-n400-fee-waiver-benefit-relative = { $verdict ->
    [likely] { $person ->
        [you] Votre propre aide compte.
       *[member] { $who } est votre époux ou épouse ou votre enfant : son aide compte.
    }
   *[other] { $who } n’est ni votre époux ou épouse ni votre enfant : pour les autres membres de la famille, renseignez-vous auprès d’un service juridique.
}
rule-n400-fee-waiver-benefit-parent-or-sibling = Votre père ou votre mère, ou un frère ou une sœur de votre foyer, reçoit une aide accordée selon les revenus : cela peut compter. Renseignez-vous auprès d’un service juridique.
rule-n400-fee-waiver-hardship = { $verdict ->
    [unlikely] Vous n’avez pas indiqué avoir de graves problèmes d’argent.
   *[other] Vous avez de graves problèmes d’argent : un service juridique peut vous aider à prouver des « difficultés financières extrêmes » (extreme financial hardship).
}
rule-n400-fee-military = { $verdict ->
    [likely] Vous servez ou avez servi dans les forces armées des États-Unis : vous n’aurez peut-être aucun frais à payer.
   *[other] Vous avez dit que vous n’avez pas servi dans les forces armées des États-Unis.
}
rule-n400-fee-full-not-military = { $verdict ->
    [likely] Vous avez dit que vous n’avez pas servi dans les forces armées des États-Unis.
   *[other] Vous servez ou avez servi dans les forces armées des États-Unis, donc une dispense de frais peut s’appliquer.
}
rule-n400-fee-full-income-over-reduced-limit = Le revenu de votre foyer dépasse la limite pour les frais réduits.
rule-city-resident = { $verdict ->
    [likely] Vous habitez dans la ville.
   *[other] Vous avez dit que vous n’habitez pas dans la ville.
}
rule-county-resident = { $verdict ->
    [likely] Vous habitez dans le comté.
   *[other] Vous avez dit que vous n’habitez pas dans le comté.
}
rule-city-or-county-resident = { $verdict ->
    [likely] Vous habitez dans la ville ou dans le comté.
   *[other] Vous avez dit que vous n’habitez ni dans la ville ni dans le comté.
}
rule-city-id-min-age = { $verdict ->
    [likely] Vous avez { $value } : la carte d’identité est pour les personnes de { $threshold } et plus.
   *[other] Vous avez { $value } : la carte d’identité est pour les personnes de { $threshold } et plus.
}
rule-city-id-photo-identity = { $verdict ->
    [likely] Vous avez une pièce d’identité avec photo d’un pays.
   *[other] Vous avez dit que vous n’avez pas de pièce d’identité avec photo. Un conseiller peut vous dire quels autres documents peuvent être acceptés.
}
rule-city-id-proof-of-address = { $verdict ->
    [likely] Vous pouvez montrer un justificatif de votre adresse dans la ville.
   *[other] Vous avez dit que vous ne pouvez pas montrer de justificatif d’adresse. Une lettre d’un centre d’hébergement ou d’une association peut suffire : demandez à un conseiller.
}
rule-esl-age = { $verdict ->
    [likely] Votre âge correspond aux cours.
   *[other] Les cours sont pour les adultes, et pour les jeunes de 16 ou 17 ans qui ne sont pas au lycée.
}
rule-esl-adult = { $verdict ->
    [likely] Vous avez { $value } : les cours sont pour les adultes de { $threshold } et plus.
   *[other] Vous avez { $value } : les cours pour adultes commencent à { $threshold }.
}
rule-esl-teen-out-of-school = { $verdict ->
    [likely] Vous êtes un jeune qui n’est pas au lycée : vous pouvez vous inscrire.
   *[other] Les jeunes peuvent s’inscrire seulement s’ils ne sont pas au lycée.
}
rule-esl-min-age = { $verdict ->
    [likely] Vous avez { $value } : il faut au moins { $threshold }.
   *[other] Vous avez { $value } : les cours commencent à { $threshold }.
}
rule-esl-not-in-high-school = { $verdict ->
    [likely] Vous n’êtes pas au lycée.
   *[other] Vous êtes au lycée : votre école propose de l’aide en anglais.
}
rule-food-snap-or-wic = { $verdict ->
    [likely] { $person ->
        [you] Vous recevez SNAP ou WIC.
       *[member] { $who } reçoit SNAP ou WIC.
    }
   *[other] { $person ->
        [you] Vous ne recevez ni SNAP ni WIC.
       *[member] { $who } ne reçoit ni SNAP ni WIC.
    }
}
rule-food-snap-or-wic-household = { $verdict ->
    [likely] Une personne de votre foyer reçoit SNAP ou WIC.
   *[other] Personne dans votre foyer ne reçoit SNAP ni WIC.
}
rule-facing-removal-proceedings = { $verdict ->
    [likely] Vous avez une affaire devant le tribunal de l’immigration : le fonds paie un avocat pour vous défendre.
   *[other] Vous avez dit que vous n’avez pas d’affaire devant le tribunal de l’immigration.
}
rule-small-business-owner = { $verdict ->
    [likely] Vous avez ou voulez créer une petite entreprise.
   *[other] Vous avez dit que vous n’avez pas de petite entreprise et que vous ne voulez pas en créer.
}
rule-n400-fee-waiver-benefit-parent-relative = { $verdict ->
    [likely] { $who } est votre parent, frère ou sœur : sa prestation peut compter.
   *[other] { $person ->
        [you] Cette partie concerne un parent, un frère ou une sœur qui vit avec vous.
       *[member] { $who } n’est pas votre parent, frère ou sœur.
    }
}
