# Puerta resident pages: English, the source locale.
# review-state: source
#
# Conventions for translators (see also locales/README.md):
# - Keep every message id; translate only the text after "=".
# - Keep { $variables } as they are; you may move them within the sentence.
# - time-style is "12h" or "24h": how clock times are written in your language.
# - Put "# review-state: draft" (machine, draft or reviewed) at the top of your file.

## Site frame

site-name = Puerta
site-tagline = Find free and low-cost help for immigrants: legal help, health, food, housing, English classes and more.
skip-to-content = Skip to main content
nav-label = Main menu
nav-search = Find help
nav-rights = Know your rights
nav-about = About and privacy
language-switcher = Language
footer-privacy = We do not track you. No accounts, no ads, no analytics.
footer-privacy-link = What we store
footer-emergency = In an emergency, call 911. For help finding services, call 211.

## Errors

not-found-title = Page not found
not-found-body = We could not find this page. The service may have closed or moved, or the address may have a typo.
error-title = Something went wrong
error-body = Something went wrong on our side. Please try again in a few minutes.
error-go-home = Go to the start page

## Search box and home page

search-label = What do you need help with?
search-button = Search
search-hint = Write in any language, for example: free lawyer, food, English classes.
home-title = Find help
home-heading = Find help near you
home-lead = Free and low-cost services for immigrants and their families. You do not need to give your name.
home-needs-heading = Or choose a topic
home-rights-heading = Know your rights
home-rights-body = Everyone in the United States has rights, whatever their immigration status.
home-rights-link = Read about your rights
home-privacy = Your searches are not saved. We do not ask about immigration status.

need-legal = Legal help
need-legal-hint = Free lawyers and immigration help
need-health = Health
need-health-hint = Clinics, doctors, dentists
need-food = Food
need-food-hint = Food pantries and free meals
need-housing = Housing
need-housing-hint = Shelter and help with rent
need-english = Learn English
need-english-hint = Free English classes
need-jobs = Jobs
need-jobs-hint = Find work and job training
need-business = Start a business
need-business-hint = Small business help and loans
need-money = Money and banking
need-money-hint = Bank accounts, taxes, budgeting
need-citizenship = Citizenship
need-citizenship-hint = Become a US citizen
need-id = ID documents
need-id-hint = ID cards and driver licenses
need-family = Family and school
need-family-hint = School enrollment and child care
need-emergency = Emergencies
need-emergency-hint = Crisis lines and urgent help

## Results

results-title = Search results
results-title-for = Results for “{ $query }”
results-start = Type what you need in the box above, or choose a topic:
results-count = { $count ->
    [0] No services found
    [one] 1 service found
   *[other] { $count } services found
}
results-understood = We also searched for: { $terms }
results-search-unavailable = Search is not available right now. Please try again later.
results-unknown-zip = We do not know this ZIP code. Please check it: it has 5 digits, like 45402.
results-bad-filter = We could not use one of the filters. Please check them and try again.
filters-heading = Filters
filter-language = Language spoken
filter-language-any = Any language
filter-near = Near ZIP code
filter-near-hint = 5 digits, for example 45402
filter-radius = Distance
filter-radius-miles = { $miles ->
    [one] Within 1 mile
   *[other] Within { $miles } miles
}
filter-only = Show only services that
filter-free = are free
filter-open-now = are open now
filter-walk-in = take walk-ins (no appointment)
filter-accessible = are wheelchair accessible
filter-no-id = do not ask for an ID
filter-no-ssn = do not ask for a Social Security number
filters-apply = Apply filters
hit-languages = Languages: { $languages }
why-heading = Why it matched:
why-words = words { $words }
why-category = its topic matches your search
verified-on = Information checked on { $date }
verified-unknown = We do not know when this information was last checked.
pager-label = Pages
pager-prev = Previous page
pager-next = Next page
pager-page = Page { $page }
empty-heading = We did not find services for this search
empty-body = This does not mean there is no help. You can:
empty-clear-filters = Search again without filters
empty-other-words = Try other or fewer words, or a topic below.
empty-call-211 = Call 211 (free, any language) to talk with someone who can help.
empty-browse = Topics

## Trust marks and legal warnings

badge-doj-recognized = DOJ-recognized organization
badge-doj-accredited = DOJ-accredited representatives
badge-attorney = Attorneys on staff
notario-warning-title = Beware of notario fraud
notario-warning-body = In the United States, a “notario” or notary public is NOT a lawyer and cannot give immigration legal advice. Only a licensed attorney or a DOJ-accredited representative at a recognized organization can help with your immigration case.
notario-warning-link = How to protect yourself

## Service page

service-offered-by = Offered by
service-not-active = This service may be closed right now. Call before you go.
service-what = What they offer
service-who = Who can get it
service-who-unknown = The provider does not say who can get this service. Call to ask.
service-ages-between = Ages { $min } to { $max }
service-ages-from = Ages { $min } and older
service-ages-to = Ages up to { $max }
service-cost = Cost
service-free = Free
service-cost-unknown = The provider does not say what it costs. Call to ask.
service-how = How to get it
service-walk-in = You can walk in: no appointment needed.
service-appointment = You need an appointment.
service-languages = Languages spoken
service-languages-unknown = The provider does not say which languages they speak.
service-documents = Documents to bring
service-documents-none-listed = The provider does not list documents to bring.
service-no-id = You do not need an ID.
service-no-ssn = You do not need a Social Security number.
service-where-when = Where and when
service-virtual = Online or by phone
service-directions = Directions (OpenStreetMap)
service-hours = Opening hours
service-hours-unknown = Hours are not published. Call before you go.
service-contact = Contact
status-open = Open now
status-open-closes = Open now · closes at { $time }
status-closed = Closed now
status-closed-opens-today = Closed now · opens today at { $time }
status-closed-opens-on = Closed now · opens { $day } at { $time }
days-range = { $first } to { $last }
hours-range = { $opens } to { $closes }
hours-closed = Closed
hours-all-day = Open 24 hours
hours-zone = Times are local time ({ $zone }).

## Report a problem

report-heading = Report a problem with this listing
report-category = What is wrong?
report-closed = The service is closed or no longer exists
report-wrong-phone = The phone number is wrong
report-wrong-address = The address is wrong
report-wrong-hours = The hours are wrong
report-wrong-languages = They do not speak the languages listed
report-asked-for-payment = They asked for money for a free service
report-other = Something else
report-details = Tell us more (optional)
report-no-personal-data = Do not write your name, phone number, address, or anything about your immigration status.
report-send = Send report
report-thanks = Thank you. Our team will check this listing.
report-what-we-keep = We keep only the problem you chose and your text, without your name, address or device, for our staff to check the listing.

## Organization page

organization-services = Services
organization-no-services = This organization lists no services right now.

## Know your rights

rights-title = Know your rights
rights-lead = Plain-language information about your rights in the United States, whatever your immigration status.
rights-not-legal-advice = This is general information, not legal advice. For advice about your situation, talk to a licensed attorney or a DOJ-accredited representative.
rights-reviewed = Last reviewed on { $date }
rights-more = More about your rights

rights-home-title = Your rights at home
rights-home-intro = What to do if immigration agents (ICE) or police come to your door.
rights-home-point-1 = You do not have to open the door. Ask them to show you a warrant through a window or slide it under the door.
rights-home-point-2 = An ICE form (an “administrative warrant”, form I-200 or I-205) does not let agents enter your home. Only a warrant signed by a judge does, and it must have your address on it.
rights-home-point-3 = You have the right to remain silent. You can say: “I am using my right to remain silent.”
rights-home-point-4 = Do not sign any papers you do not understand. You have the right to talk with a lawyer first.
rights-home-point-5 = Do not lie and do not show false documents. Make a plan with your family: who will care for your children, and who to call.
rights-home-help = If your rights were violated, write down what happened, the agents’ names and badge numbers, and contact a legal aid organization.

rights-work-title = Your rights at work
rights-work-intro = Most labor laws protect all workers, with or without papers.
rights-work-point-1 = You have the right to be paid at least the minimum wage, and to be paid for overtime.
rights-work-point-2 = You have the right to a safe workplace. You can report dangers without being punished.
rights-work-point-3 = Your employer cannot discriminate against you because of your national origin, race, religion or sex.
rights-work-point-4 = It is illegal for your employer to threaten to call immigration because you complained about pay or safety.
rights-work-point-5 = Keep a record of your hours, your pay and your employer’s name and address.
rights-work-help = A workers’ center or a legal aid organization can help you recover unpaid wages, for free.

rights-police-title = Your rights with police and ICE
rights-police-intro = What to do if you are stopped on the street, in a car, or arrested.
rights-police-point-1 = Stay calm. Do not run, argue or resist, even if you think the stop is unfair.
rights-police-point-2 = You have the right to remain silent. You do not have to answer questions about where you were born or your immigration status.
rights-police-point-3 = Ask: “Am I free to go?” If they say yes, walk away calmly.
rights-police-point-4 = You do not have to agree to a search of yourself, your car or your belongings.
rights-police-point-5 = If you are arrested, ask for a lawyer right away. Do not sign anything without a lawyer.
rights-police-point-6 = Remember a phone number of a family member and of a lawyer, in case your phone is taken.
rights-police-help = If you or a family member is detained by immigration, contact a legal aid organization as soon as possible.

rights-school-title = Your rights in school
rights-school-intro = All children in the United States have the right to a free public education.
rights-school-point-1 = Public schools must accept children whatever their immigration status or their parents’ status.
rights-school-point-2 = Schools cannot ask for a Social Security number or immigration papers to enroll a child.
rights-school-point-3 = Schools may ask for proof that you live in the district and proof of your child’s age. Many different documents are accepted.
rights-school-point-4 = You have the right to an interpreter when you talk with the school, for free.
rights-school-point-5 = Children who are learning English have the right to language support.
rights-school-help = If a school refuses to enroll your child, ask for the refusal in writing and contact a legal aid organization.

rights-notario-title = Avoid notario fraud
rights-notario-intro = Some people pretend they can help with immigration papers and take your money.
rights-notario-point-1 = In many countries a “notario” is a lawyer. In the United States, a notary public is NOT a lawyer and cannot help with immigration cases.
rights-notario-point-2 = Only a licensed attorney or a DOJ-accredited representative who works at a DOJ-recognized organization can give immigration legal advice.
rights-notario-point-3 = Never pay someone who promises a green card, a work permit or a “special law” quickly or for sure.
rights-notario-point-4 = Never sign a blank form or a form with false information. Always ask for copies of everything you sign and submit.
rights-notario-point-5 = Government forms are free to download from uscis.gov. Be careful with anyone who charges you for the forms themselves.
rights-notario-help = If you were a victim of notario fraud, contact a legal aid organization. You can report it even without papers.

## About and privacy

about-title = About and privacy
about-lead = Puerta is a free directory of services for immigrants and refugees. It is open-source software run by local organizations.
privacy-heading = Your privacy
privacy-not-stored-heading = What we do not store
privacy-no-accounts = There are no accounts. We never ask for your name, phone number or address.
privacy-no-search-logs = We do not save what you search for, the pages you visit, or your ZIP code.
privacy-no-analytics = There is no analytics, no advertising and no tracking.
privacy-no-third-parties = The pages load nothing from other websites: no fonts, maps or scripts from other companies.
privacy-no-status = We never ask about immigration status.
privacy-stored-heading = What we store
privacy-language-cookie = One cookie, “lang”, only if you choose a language: it remembers your language for one year. It contains nothing else.
privacy-reports = If you report a problem with a listing, we keep the problem you chose and your text, without your name or device, in memory only, until staff check it or the server restarts.
privacy-server-logs = Our server records technical facts (which kind of page was asked for, whether it worked, how long it took), never your searches or what you write.
about-data-heading = Where the information comes from
about-data-body = Services are listed by local organizations and checked by our staff. Each service page shows when its information was last checked. Always call before you go.
about-translations-heading = Translations
about-translations-body = The pages are written in English and translated. This is how far each translation has been checked:
about-translations-language = Language
about-translations-state = State
review-state-source = Original text
review-state-reviewed = Reviewed by a fluent speaker
review-state-draft = Draft, not yet reviewed by a fluent speaker
review-state-machine = Machine translation, not yet reviewed
review-state-missing = Not translated yet (shown in English)
review-state-unknown = Not stated

## Dates, times, distances

time-style = 12h
time-am = AM
time-pm = PM
weekday-mon = Monday
weekday-tue = Tuesday
weekday-wed = Wednesday
weekday-thu = Thursday
weekday-fri = Friday
weekday-sat = Saturday
weekday-sun = Sunday
date-long = { $month } { $day }, { $year }
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
distance-miles = { $miles } mi

## Language names (ISO 639 codes of the services' languages)

language-en = English
language-es = Spanish
language-zh = Chinese
language-yue = Cantonese
language-tl = Tagalog
language-vi = Vietnamese
language-ar = Arabic
language-fr = French
language-ht = Haitian Creole
language-ko = Korean
language-ru = Russian
language-pt = Portuguese
language-uk = Ukrainian
language-fa = Persian
language-prs = Dari
language-ps = Pashto
language-am = Amharic
language-so = Somali
language-sw = Swahili
language-ti = Tigrinya
language-tr = Turkish
language-ne = Nepali
language-my = Burmese
language-mam = Mam
language-asl = American Sign Language
