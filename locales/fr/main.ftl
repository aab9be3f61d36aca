# Puerta, pages pour les résidents : français.
# review-state: draft
# Machine-drafted by the Puerta team; not yet reviewed by a fluent speaker.
# Traduction préparée par l’équipe Puerta ; pas encore relue par une personne qui parle couramment le français.

## Cadre du site

site-name = Puerta
site-tagline = Trouvez de l’aide gratuite ou à petit prix pour les immigrants : aide juridique, santé, nourriture, logement, cours d’anglais et plus encore.
skip-to-content = Aller au contenu principal
nav-label = Menu principal
nav-search = Trouver de l’aide
nav-rights = Connaître vos droits
nav-about = À propos et confidentialité
language-switcher = Langue
footer-privacy = Nous ne vous suivons pas. Pas de compte, pas de publicité, pas de statistiques.
footer-privacy-link = Ce que nous gardons
footer-emergency = En cas d’urgence, appelez le 911. Pour trouver des services, appelez le 211.

## Erreurs

not-found-title = Page introuvable
not-found-body = Nous n’avons pas trouvé cette page. Le service a peut-être fermé ou changé d’adresse, ou l’adresse contient peut-être une faute.
error-title = Un problème est survenu
error-body = Un problème est survenu de notre côté. Veuillez réessayer dans quelques minutes.
error-go-home = Aller à la page d’accueil

## Recherche et page d’accueil

search-label = De quelle aide avez-vous besoin ?
search-button = Rechercher
search-hint = Écrivez dans n’importe quelle langue, par exemple : avocat gratuit, nourriture, cours d’anglais.
home-title = Trouver de l’aide
home-heading = Trouvez de l’aide près de chez vous
home-lead = Des services gratuits ou à petit prix pour les immigrants et leur famille. Vous n’avez pas besoin de donner votre nom.
home-needs-heading = Ou choisissez un sujet
home-rights-heading = Connaître vos droits
home-rights-body = Aux États-Unis, tout le monde a des droits, quel que soit son statut d’immigration.
home-rights-link = Lire sur vos droits
home-privacy = Vos recherches ne sont pas enregistrées. Nous ne demandons pas votre statut d’immigration.

need-legal = Aide juridique
need-legal-hint = Avocats gratuits et aide pour l’immigration
need-health = Santé
need-health-hint = Cliniques, médecins, dentistes
need-food = Nourriture
need-food-hint = Banques alimentaires et repas gratuits
need-housing = Logement
need-housing-hint = Hébergement d’urgence et aide pour le loyer
need-english = Apprendre l’anglais
need-english-hint = Cours d’anglais gratuits
need-jobs = Emploi
need-jobs-hint = Trouver du travail et une formation
need-business = Créer une entreprise
need-business-hint = Aide et prêts pour les petites entreprises
need-money = Argent et banque
need-money-hint = Comptes bancaires, impôts, budget
need-citizenship = Citoyenneté
need-citizenship-hint = Devenir citoyen des États-Unis
need-id = Pièces d’identité
need-id-hint = Cartes d’identité et permis de conduire
need-family = Famille et école
need-family-hint = Inscription à l’école et garde d’enfants
need-emergency = Urgences
need-emergency-hint = Lignes d’écoute et aide urgente

## Résultats

results-title = Résultats de la recherche
results-title-for = Résultats pour « { $query } »
results-start = Écrivez ce dont vous avez besoin dans la case ci-dessus, ou choisissez un sujet :
results-count = { $count ->
    [0] Aucun service trouvé
    [one] { $count } service trouvé
   *[other] { $count } services trouvés
}
results-understood = Nous avons aussi cherché : { $terms }
results-search-unavailable = La recherche n’est pas disponible pour le moment. Veuillez réessayer plus tard.
results-unknown-zip = Nous ne connaissons pas ce code postal (ZIP). Veuillez le vérifier : il a 5 chiffres, comme 45402.
results-bad-filter = Nous n’avons pas pu utiliser un des filtres. Veuillez les vérifier et réessayer.
filters-heading = Filtres
filter-language = Langue parlée
filter-language-any = Toutes les langues
filter-near = Près du code postal
filter-near-hint = 5 chiffres, par exemple 45402
filter-radius = Distance
filter-radius-miles = { $miles ->
    [one] À moins de { $miles } mile
   *[other] À moins de { $miles } miles
}
filter-only = Afficher seulement les services qui
filter-free = sont gratuits
filter-open-now = sont ouverts maintenant
filter-walk-in = reçoivent sans rendez-vous
filter-accessible = sont accessibles en fauteuil roulant
filter-no-id = ne demandent pas de pièce d’identité
filter-no-ssn = ne demandent pas de numéro de sécurité sociale (Social Security)
filters-apply = Appliquer les filtres
hit-languages = Langues : { $languages }
why-heading = Pourquoi ce résultat :
why-words = mots { $words }
why-category = son sujet correspond à votre recherche
verified-on = Informations vérifiées le { $date }
verified-unknown = Nous ne savons pas quand ces informations ont été vérifiées pour la dernière fois.
pager-label = Pages
pager-prev = Page précédente
pager-next = Page suivante
pager-page = Page { $page }
map-label = { $count ->
    [one] Carte de { $count } résultat de cette page
   *[other] Carte de { $count } résultats de cette page
}
map-hide = Masquer la carte
map-show = Afficher la carte
empty-heading = Nous n’avons pas trouvé de services pour cette recherche
empty-body = Cela ne veut pas dire qu’il n’y a pas d’aide. Vous pouvez :
empty-clear-filters = Chercher à nouveau sans filtres
empty-other-words = Essayer d’autres mots, ou moins de mots, ou un sujet ci-dessous.
empty-call-211 = Appeler le 211 (gratuit, dans toutes les langues) pour parler avec quelqu’un qui peut vous aider.
empty-browse = Sujets

## Marques de confiance et avertissements juridiques

badge-doj-recognized = Organisation reconnue par le DOJ (ministère de la Justice)
badge-doj-accredited = Représentants accrédités par le DOJ
badge-attorney = Avocats dans l’équipe
notario-warning-title = Attention à la fraude des « notarios »
notario-warning-body = Aux États-Unis, un « notario », un notary public ou un « consultant en immigration » n’est PAS un avocat et ne peut pas donner de conseils juridiques sur l’immigration. Seul un avocat autorisé à exercer ou un représentant accrédité par le DOJ dans une organisation reconnue peut vous aider dans votre dossier d’immigration.
notario-warning-link = Comment vous protéger

## Page du service

service-offered-by = Proposé par
service-not-active = Ce service est peut-être fermé en ce moment. Appelez avant d’y aller.
service-what = Ce qu’ils proposent
service-who = Qui peut en bénéficier
service-who-unknown = Le prestataire ne dit pas qui peut bénéficier de ce service. Appelez pour demander.
service-ages-between = De { $min } à { $max } ans
service-ages-from = { $min } ans et plus
service-ages-to = Jusqu’à { $max } ans
service-cost = Prix
service-free = Gratuit
service-cost-unknown = Le prestataire ne dit pas combien cela coûte. Appelez pour demander.
service-how = Comment en bénéficier
service-walk-in = Vous pouvez venir sans rendez-vous.
service-appointment = Il faut un rendez-vous.
service-languages = Langues parlées
service-languages-unknown = Le prestataire ne dit pas quelles langues sont parlées.
service-documents = Documents à apporter
service-documents-none-listed = Le prestataire n’indique pas de documents à apporter.
service-no-id = Vous n’avez pas besoin de pièce d’identité.
service-no-ssn = Vous n’avez pas besoin de numéro de sécurité sociale.
service-where-when = Où et quand
service-virtual = En ligne ou par téléphone
service-directions = Itinéraire (OpenStreetMap)
service-hours = Horaires d’ouverture
service-hours-unknown = Les horaires ne sont pas publiés. Appelez avant d’y aller.
service-contact = Contact
status-open = Ouvert maintenant
status-open-closes = Ouvert maintenant · ferme à { $time }
status-closed = Fermé maintenant
status-closed-opens-today = Fermé maintenant · ouvre aujourd’hui à { $time }
status-closed-opens-on = Fermé maintenant · ouvre { $day } à { $time }
days-range = du { $first } au { $last }
hours-range = de { $opens } à { $closes }
hours-closed = Fermé
hours-all-day = Ouvert 24 h sur 24
hours-zone = Les heures sont en heure locale ({ $zone }).

## Signaler un problème

report-heading = Signaler un problème sur cette fiche
report-category = Qu’est-ce qui ne va pas ?
report-closed = Le service est fermé ou n’existe plus
report-wrong-phone = Le numéro de téléphone est faux
report-wrong-address = L’adresse est fausse
report-wrong-hours = Les horaires sont faux
report-wrong-languages = Ils ne parlent pas les langues indiquées
report-asked-for-payment = Ils ont demandé de l’argent pour un service gratuit
report-other = Autre chose
report-details = Dites-nous en plus (facultatif)
report-no-personal-data = N’écrivez pas votre nom, votre numéro de téléphone, votre adresse, ni rien sur votre statut d’immigration.
report-send = Envoyer le signalement
report-thanks = Merci. Notre équipe va vérifier cette fiche.
report-what-we-keep = Nous gardons seulement le problème que vous avez choisi, votre texte et le jour de l’envoi, sans votre nom, votre adresse ni votre appareil, pendant 180 jours au plus, pour que notre équipe vérifie la fiche.
report-not-taken-title = Nous n’avons pas pu prendre votre signalement pour le moment
report-not-taken-body = Cette fiche, ou ce site, a reçu beaucoup de signalements aujourd’hui, donc le vôtre n’a pas été enregistré. Veuillez réessayer demain, ou appelez le service pour vérifier.

## Page de l’organisation

organization-services = Services
organization-no-services = Cette organisation ne présente aucun service pour le moment.

## Connaître vos droits

rights-title = Connaître vos droits
rights-lead = Des informations en mots simples sur vos droits aux États-Unis, quel que soit votre statut d’immigration.
rights-not-legal-advice = Ce sont des informations générales, pas des conseils juridiques. Pour un conseil sur votre situation, parlez avec un avocat autorisé à exercer ou un représentant accrédité par le DOJ.
rights-reviewed = Dernière vérification le { $date }
rights-more = En savoir plus sur vos droits

rights-home-title = Vos droits chez vous
rights-home-intro = Que faire si des agents de l’immigration (ICE) ou la police viennent à votre porte.
rights-home-point-1 = Vous n’êtes pas obligé d’ouvrir la porte. Demandez-leur de vous montrer un mandat par la fenêtre ou de le glisser sous la porte.
rights-home-point-2 = Un formulaire de l’ICE (un « mandat administratif », formulaire I-200 ou I-205) ne permet pas aux agents d’entrer chez vous. Seul un mandat signé par un juge le permet, et votre adresse doit y être écrite.
rights-home-point-3 = Vous avez le droit de garder le silence. Vous pouvez dire : « J’utilise mon droit de garder le silence. »
rights-home-point-4 = Ne signez aucun papier que vous ne comprenez pas. Vous avez le droit de parler d’abord avec un avocat.
rights-home-point-5 = Ne mentez pas et ne montrez pas de faux documents. Faites un plan avec votre famille : qui s’occupera de vos enfants, et qui appeler.
rights-home-help = Si vos droits n’ont pas été respectés, écrivez ce qui s’est passé, le nom et le numéro de badge des agents, et contactez une organisation d’aide juridique.

rights-work-title = Vos droits au travail
rights-work-intro = La plupart des lois du travail protègent tous les travailleurs, avec ou sans papiers.
rights-work-point-1 = Vous avez le droit d’être payé au moins le salaire minimum, et d’être payé pour les heures supplémentaires.
rights-work-point-2 = Vous avez le droit de travailler dans un lieu sûr. Vous pouvez signaler des dangers sans être puni.
rights-work-point-3 = Votre employeur ne peut pas vous traiter de façon injuste à cause de votre origine nationale, de votre race, de votre religion ou de votre sexe.
rights-work-point-4 = Il est illégal que votre employeur menace d’appeler l’immigration parce que vous vous êtes plaint de votre salaire ou de la sécurité.
rights-work-point-5 = Notez vos heures, votre salaire, ainsi que le nom et l’adresse de votre employeur.
rights-work-help = Un centre pour travailleurs ou une organisation d’aide juridique peut vous aider gratuitement à récupérer un salaire non payé.

rights-police-title = Vos droits face à la police et à l’ICE
rights-police-intro = Que faire si on vous arrête dans la rue, en voiture, ou si on vous met en état d’arrestation.
rights-police-point-1 = Restez calme. Ne courez pas, ne discutez pas et ne résistez pas, même si vous pensez que le contrôle est injuste.
rights-police-point-2 = Vous avez le droit de garder le silence. Vous n’êtes pas obligé de répondre aux questions sur votre lieu de naissance ou votre statut d’immigration.
rights-police-point-3 = Demandez : « Est-ce que je peux partir ? » Si on vous dit oui, partez calmement.
rights-police-point-4 = Vous n’êtes pas obligé d’accepter une fouille de votre personne, de votre voiture ou de vos affaires.
rights-police-point-5 = Si on vous met en état d’arrestation, demandez tout de suite un avocat. Ne signez rien sans avocat.
rights-police-point-6 = Apprenez par cœur le numéro de téléphone d’un membre de votre famille et d’un avocat, au cas où on vous prendrait votre téléphone.
rights-police-help = Si vous ou un membre de votre famille êtes détenu par l’immigration, contactez une organisation d’aide juridique le plus vite possible.

rights-school-title = Vos droits à l’école
rights-school-intro = Tous les enfants aux États-Unis ont droit à l’école publique gratuite.
rights-school-point-1 = Les écoles publiques doivent accepter les enfants, quel que soit leur statut d’immigration ou celui de leurs parents.
rights-school-point-2 = Les écoles ne peuvent pas demander de numéro de sécurité sociale ni de papiers d’immigration pour inscrire un enfant.
rights-school-point-3 = Les écoles peuvent demander une preuve que vous habitez dans le district scolaire et une preuve de l’âge de votre enfant. Beaucoup de documents différents sont acceptés.
rights-school-point-4 = Vous avez droit à un interprète gratuit quand vous parlez avec l’école.
rights-school-point-5 = Les enfants qui apprennent l’anglais ont droit à un soutien en langue.
rights-school-help = Si une école refuse d’inscrire votre enfant, demandez le refus par écrit et contactez une organisation d’aide juridique.

rights-notario-title = Évitez la fraude des « notarios »
rights-notario-intro = Certaines personnes font croire qu’elles peuvent vous aider avec vos papiers d’immigration, et prennent votre argent.
rights-notario-point-1 = Dans beaucoup de pays, un « notario » est un avocat. Aux États-Unis, un notary public n’est PAS un avocat et ne peut pas aider dans les dossiers d’immigration.
rights-notario-point-2 = Seul un avocat autorisé à exercer, ou un représentant accrédité par le DOJ qui travaille dans une organisation reconnue par le DOJ, peut donner des conseils juridiques sur l’immigration.
rights-notario-point-3 = Ne payez jamais quelqu’un qui vous promet une carte verte (green card), un permis de travail ou une « loi spéciale » rapidement ou à coup sûr.
rights-notario-point-4 = Ne signez jamais un formulaire vide ou un formulaire avec de fausses informations. Demandez toujours une copie de tout ce que vous signez et déposez.
rights-notario-point-5 = Les formulaires du gouvernement se téléchargent gratuitement sur uscis.gov. Méfiez-vous de toute personne qui vous fait payer les formulaires eux-mêmes.
rights-notario-help = Si vous avez été victime d’une fraude de « notario », contactez une organisation d’aide juridique. Vous pouvez la signaler même sans papiers.

## À propos et confidentialité

about-title = À propos et confidentialité
about-lead = Puerta est un annuaire gratuit de services pour les immigrants et les réfugiés. C’est un logiciel libre géré par des organisations locales.
privacy-heading = Votre vie privée
privacy-not-stored-heading = Ce que nous ne gardons pas
privacy-no-accounts = Il n’y a pas de compte. Nous ne demandons jamais votre nom, votre numéro de téléphone ou votre adresse.
privacy-no-search-logs = Nous ne gardons pas ce que vous cherchez, les pages que vous visitez ni votre code postal.
privacy-no-analytics = Pas de statistiques de visite, pas de publicité, pas de suivi.
privacy-no-third-parties = Les pages ne chargent rien depuis d’autres sites : pas de polices, de cartes ni de scripts d’autres entreprises.
privacy-no-status = Nous ne demandons jamais votre statut d’immigration.
privacy-stored-heading = Ce que nous gardons
privacy-language-cookie = Un seul cookie, « lang », seulement si vous choisissez une langue : il garde votre langue en mémoire pendant un an. Il ne contient rien d’autre.
privacy-reports = Si vous signalez un problème sur une fiche, nous gardons dans notre base de données le problème choisi, votre texte et le jour de l’envoi (pas l’heure). Nous ne gardons ni votre nom, ni votre adresse, ni votre appareil, ni votre adresse IP. Seule l’équipe qui tient cet annuaire à jour lit les signalements. Elle supprime chaque signalement une fois la fiche vérifiée, et tout signalement est supprimé au plus tard après 180 jours.
privacy-server-logs = Notre serveur enregistre des informations techniques (quel type de page a été demandé, si cela a marché, combien de temps cela a pris), jamais vos recherches ni ce que vous écrivez.
about-data-heading = D’où viennent les informations
about-data-body = Les services sont présentés par des organisations locales et vérifiés par notre équipe. Chaque page de service indique quand ses informations ont été vérifiées pour la dernière fois. Appelez toujours avant d’y aller.
about-translations-heading = Traductions
about-translations-body = Les pages sont écrites en anglais puis traduites. Voici où en est la vérification de chaque traduction :
about-translations-language = Langue
about-translations-state = État
review-state-source = Texte original
review-state-reviewed = Relue par une personne qui parle couramment la langue
review-state-draft = Brouillon, pas encore relu par une personne qui parle couramment la langue
review-state-machine = Traduction automatique, pas encore relue
review-state-missing = Pas encore traduite (affichée en anglais)
review-state-unknown = Non indiqué

## Dates, heures, distances

time-style = 24h
time-am = du matin
time-pm = de l’après-midi
weekday-mon = lundi
weekday-tue = mardi
weekday-wed = mercredi
weekday-thu = jeudi
weekday-fri = vendredi
weekday-sat = samedi
weekday-sun = dimanche
date-long = { $day } { $month } { $year }
month-1 = janvier
month-2 = février
month-3 = mars
month-4 = avril
month-5 = mai
month-6 = juin
month-7 = juillet
month-8 = août
month-9 = septembre
month-10 = octobre
month-11 = novembre
month-12 = décembre
distance-miles = { $miles } mi ({ $km } km)

## Noms des langues

language-en = anglais
language-es = espagnol
language-zh = chinois
language-yue = cantonais
language-tl = tagalog
language-vi = vietnamien
language-ar = arabe
language-fr = français
language-ht = créole haïtien
language-ko = coréen
language-ru = russe
language-pt = portugais
language-uk = ukrainien
language-fa = persan
language-prs = dari
language-ps = pachto
language-am = amharique
language-so = somali
language-sw = swahili
language-ti = tigrigna
language-tr = turc
language-ne = népalais
language-my = birman
language-mam = mam
language-asl = langue des signes américaine

## Plan

plan-nav = Mon plan ({ $count })
plan-title = Mon plan
plan-print-title = Mon plan (à imprimer)
plan-lead = Les services que vous avez choisis. Votre plan est gardé seulement dans l’adresse de cette page, pas sur notre serveur : gardez le lien, imprimez la page ou scannez le code QR.
plan-add = Ajouter à mon plan
plan-in-plan = Dans votre plan
plan-full = Votre plan est plein (20 services). Retirez-en un pour en ajouter un autre.
plan-empty = Votre plan est vide. Cherchez des services et choisissez « Ajouter à mon plan ».
plan-find-more = Trouver d’autres services
plan-remove = Retirer { $name } de mon plan
plan-damaged = Une partie du lien de ce plan n’a pas pu être lue. Vérifiez que vous avez copié tout le lien.
plan-missing = { $count ->
    [one] { $count } service de ce plan n’est plus dans l’annuaire.
   *[other] { $count } services de ce plan ne sont plus dans l’annuaire.
}
plan-share-heading = Gardez ou partagez votre plan
plan-share-link = Lien vers ce plan :
plan-share-hint = Toute personne qui a ce lien ou ce code QR peut voir les services de ce plan. Il ne contient pas votre nom.
plan-qr-alt = Code QR avec le lien vers ce plan
plan-print = Version à imprimer
plan-print-hint = Utilisez la commande Imprimer de votre navigateur pour imprimer cette page ou l’enregistrer en PDF.
plan-back = Retour à mon plan
plan-printed-on = Imprimé le { $date }. Appelez avant d’y aller : les horaires peuvent changer.
plan-send-heading = Envoyer le lien par SMS ou par e-mail
plan-send-to = Numéro de téléphone ou adresse e-mail
plan-send-hint = Par exemple 937 555 0101 ou nom@exemple.org. Nous l’utilisons seulement pour envoyer ce message et nous ne le gardons pas.
plan-send-button = Envoyer le lien
plan-send-disabled = L’envoi par SMS ou par e-mail n’est pas encore en place dans cette ville. Vous pouvez copier le lien, imprimer le plan ou scanner le code QR.
plan-send-failed = Nous n’avons pas pu envoyer le message. Veuillez réessayer plus tard, ou copiez le lien.
plan-send-empty = Écrivez un numéro de téléphone ou une adresse e-mail.
plan-send-bad-phone = Ce numéro de téléphone ne semble pas correct. Écrivez 10 chiffres, comme 937 555 0101, ou un + et l’indicatif du pays.
plan-send-bad-email = Cette adresse e-mail ne semble pas correcte. Vérifiez-la, par exemple nom@exemple.org.
plan-send-empty-plan = Votre plan est vide : il n’y a encore rien à envoyer.
plan-sent-sms = Nous avons envoyé le lien par SMS.
plan-sent-email = Nous avons envoyé le lien par e-mail.
plan-message = Votre plan de { $site } : { $link }
