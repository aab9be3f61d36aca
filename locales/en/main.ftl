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
map-label = { $count ->
    [one] Map of 1 result on this page
   *[other] Map of { $count } results on this page
}
map-hide = Hide map
map-show = Show map
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
report-what-we-keep = We keep only the problem you chose, your text and the day you sent it, without your name, address or device, for at most 180 days, so that our staff can check the listing.
report-not-taken-title = We could not take your report right now
report-not-taken-body = This listing, or this site, has received many reports today, so yours was not saved. Please try again tomorrow, or call the service to check.

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
privacy-reports = If you report a problem with a listing, we keep the problem you chose, your text and the day you sent it (not the time) in our database. We do not keep your name, address, device or IP address. Only the staff who keep this directory up to date read reports. They delete a report once they have checked the listing, and every report is deleted after 180 days at the latest.
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
distance-miles = { $miles } mi ({ $km } km)

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

## Plan

plan-nav = My plan ({ $count })
plan-title = My plan
plan-print-title = My plan (to print)
plan-lead = The services you chose. Your plan is saved only in this page’s address, not on our server: keep the link, print the page or scan the QR code.
plan-add = Add to my plan
plan-in-plan = In your plan
plan-full = Your plan is full (20 services). Remove one to add another.
plan-empty = Your plan is empty. Find services and choose “Add to my plan”.
plan-find-more = Find more services
plan-remove = Remove { $name } from my plan
plan-damaged = Part of this plan link could not be read. Check that you copied the whole link.
plan-missing = { $count ->
    [one] One service in this plan is no longer listed.
   *[other] { $count } services in this plan are no longer listed.
}
plan-share-heading = Keep or share your plan
plan-share-link = Link to this plan:
plan-share-hint = Anyone with this link or QR code can see the services in this plan. It does not contain your name.
plan-qr-alt = QR code with the link to this plan
plan-print = Print view
plan-print-hint = Use your browser’s Print command to print this page or save it as a PDF.
plan-back = Back to my plan
plan-printed-on = Printed on { $date }. Call before you go: hours can change.
plan-send-heading = Send the link by text message or e-mail
plan-send-to = Phone number or e-mail address
plan-send-hint = For example 937 555 0101 or name@example.org. We use it only to send this message and do not keep it.
plan-send-button = Send the link
plan-send-disabled = Sending by text message or e-mail is not set up in this city yet. You can copy the link, print the plan or scan the QR code.
plan-send-failed = We could not send the message. Please try again later, or copy the link.
plan-send-empty = Write a phone number or an e-mail address.
plan-send-bad-phone = This phone number does not look right. Write 10 digits, like 937 555 0101, or a + and the country code.
plan-send-bad-email = This e-mail address does not look right. Check it, for example name@example.org.
plan-send-empty-plan = Your plan is empty: there is nothing to send yet.
plan-sent-sms = We sent the link by text message.
plan-sent-email = We sent the link by e-mail.
plan-message = Your plan from { $site }: { $link }

## Screener

home-screener-heading = Programs you may qualify for
home-screener-body = Answer a few short questions to see which programs may help you and where to get them. Every question is optional, and nothing you type is saved.
home-screener-link = Start the program check
screener-title = Program check
screener-intro-heading = Which programs may help you?
screener-intro-lead = Answer a few short questions, one topic at a time. We show the programs that may help you, why, and the services that can help you apply.
screener-intro-optional = Every question is optional: skip any question or topic you do not want to answer.
screener-intro-not-stored = Nothing you type is saved: your answers stay only in this page’s address and are gone when you close it.
screener-intro-no-status = We do not ask about your immigration status. Only the last section, a citizenship check for permanent residents (green card holders), asks about your green card, and it is optional.
screener-intro-shared-device = On a shared computer, close the browser window when you finish.
screener-not-legal-advice = This is general information, not legal advice. Only the program, or a lawyer or DOJ-accredited representative, can tell you for sure.
screener-start = Start
screener-step-of = Step { $step } of { $total }
screener-next = Next
screener-skip = Skip this topic
screener-back = Back
screener-see-results = See results
screener-optional = Optional
screener-yes = Yes
screener-no = No
screener-not-sure = Skip / not sure
screener-choose = Skip / choose one
screener-invalid = We could not read an answer on this page, so we left it out. Please check it, or leave it empty.
screener-invalid-some = We could not read some of your answers, so we left them out. You can change your answers below.
screener-you = You
screener-member = Person { $n } in your household
screener-city = Sycamore Falls
screener-county = Ashgrove County
screener-step-place = Where you live
screener-step-place-lead = Many programs are for people who live in the city or the county.
screener-step-household = Age and household
screener-step-household-lead = Your household is the people who live with you and share food or money.
screener-step-income = Income and benefits
screener-step-income-lead = Some programs are for households with lower incomes. An estimate is fine.
screener-step-work = Work and business
screener-step-work-lead = Some programs help people who run a small business or served in the military.
screener-step-legal = Legal situation
screener-step-legal-lead = We ask this only to point you to free legal help. You can skip it.
screener-step-citizenship = Citizenship check
screener-step-citizenship-lead = This section is only for permanent residents (green card holders) who want to know when they may apply for US citizenship. If that is not you, or you prefer not to answer, skip it.
screener-citizenship-skip-all = Skip this section and see your results
screener-q-state = In which state do you live?
screener-q-lives-in-city = Do you live in the city of { $city }?
screener-q-lives-in-county = Do you live in { $county }?
screener-q-lives-in-county-hint = The county includes the city.
screener-q-has-photo-identity-document = Do you have a photo ID from any country?
screener-q-has-photo-identity-document-hint = For example a passport, a consular ID or a driver’s license, from any country.
screener-q-has-proof-of-city-address = Can you show proof of your address in the city?
screener-q-has-proof-of-city-address-hint = For example a lease, a utility bill, a bank statement, or a letter from a shelter or a nonprofit.
screener-q-age = How old are you?
screener-q-enrolled-in-high-school = Are you in high school now?
screener-q-enrolled-in-high-school-hint = This matters only if you are 16 or 17.
screener-q-household-size = How many people live in your household, counting you?
screener-members-hint = You can tell us about up to 5 other people who live with you. Leave a person empty to skip them.
screener-q-relationship = Relationship to you
screener-q-member-age = Age
screener-relationship-spouse = Spouse
screener-relationship-child = Child
screener-relationship-parent = Parent
screener-relationship-sibling = Brother or sister
screener-relationship-other = Other
screener-q-household-annual-income = What is your household’s total income in a year, before taxes?
screener-q-household-annual-income-hint = In US dollars, for everyone in your household together. An estimate is fine.
screener-q-receives-means-tested-benefit = Does anyone receive a benefit based on income?
screener-q-receives-means-tested-benefit-hint = For example Medicaid, SNAP (food stamps), SSI, TANF or housing assistance.
screener-q-receives-snap-or-wic = Does anyone receive SNAP (food stamps) or WIC?
screener-q-extreme-financial-hardship = Are you facing serious money problems right now?
screener-q-extreme-financial-hardship-hint = For example large medical bills, losing your job, or a disaster.
screener-q-runs-or-plans-small-business = Do you run a small business, or plan to start one?
screener-q-runs-or-plans-small-business-hint = Selling food from a cart or from home counts.
screener-q-military-service = Do you serve, or have you served, in the US armed forces?
screener-q-facing-removal-proceedings = Do you have a case in immigration court?
screener-q-facing-removal-proceedings-hint = For example, you received a “Notice to Appear”. A free lawyer may be able to defend you.
screener-q-permanent-resident-since = When did you become a permanent resident?
screener-q-permanent-resident-since-hint = The “Resident since” date on your green card.
screener-q-lives-in-state-since = Since when have you lived in your current state?
screener-q-married = Are you married?
screener-q-spouse-is-us-citizen = Is your spouse a US citizen?
screener-q-married-to-citizen-since = Since when have you been married to, and living with, your US citizen spouse?
screener-q-days-outside-us-last-5y = In the last 5 years, how many days in total were you outside the United States?
screener-q-days-outside-us-last-5y-hint = An estimate in days is fine: 6 months is about 180 days.
screener-q-longest-trip-days-last-5y = In the last 5 years, how many days was your longest trip outside the United States?
screener-q-days-outside-us-last-3y = In the last 3 years, how many days in total were you outside the United States?
screener-q-longest-trip-days-last-3y = In the last 3 years, how many days was your longest trip outside the United States?
screener-results-title = Programs that may help you
screener-results-lead = Based on your answers, checked on { $date }.
screener-likely-heading = Likely
screener-likely-hint = Based on your answers, you are likely to qualify. Contact a service below to apply.
screener-maybe-heading = Maybe
screener-maybe-hint = We need a bit more information to tell. A navigator can help.
screener-unlikely-heading = { $count ->
    [one] Other programs (1)
   *[other] Other programs ({ $count })
}
screener-unlikely-hint = Based on your answers, these are less likely. Rules have exceptions: a navigator can check with you.
screener-group-empty = None based on your answers so far.
screener-needs = We would need to know: { $facts }.
screener-why = Why
screener-amount = Amount: { $amount }
screener-threshold = Figure used: { $value } (source: { $sources }).
screener-threshold-dated = Figure used: { $value } (source: { $sources }; in force since { $date }).
screener-check-legal-provider = Check with a legal provider.
screener-flag-review = A legal provider needs to look at part of this: check with a legal provider.
screener-flag-borderline = Your answer is exactly at the limit, which sources word differently: check with a legal provider.
screener-flag-single-source = A figure used here comes from a single source we could not cross-check: check with a legal provider.
screener-flag-no-parameter = We do not have the figure in force for today: check with a legal provider.
screener-flag-unverified = A figure used here is not confirmed yet: check with a legal provider.
screener-services = Where to get help
screener-services-none = No service is listed for this program yet. Call 211 for help.
screener-more-services = Find more services like these
screener-change-answers = Change your answers
screener-start-over = Start over with no answers
screener-unit-years = { $n ->
    [one] 1 year
   *[other] { $n } years
}
screener-unit-months = { $n ->
    [one] 1 month
   *[other] { $n } months
}
screener-unit-days = { $n ->
    [one] 1 day
   *[other] { $n } days
}
fact-age = your age
fact-relationship = how each person is related to you
fact-receives-means-tested-benefit = whether anyone receives a benefit based on income
fact-household-size = how many people live in your household
fact-household-annual-income = your household income
fact-household-income-pct-fpg = your household income compared with the poverty guideline
fact-state = your state
fact-lives-in-city = whether you live in the city
fact-permanent-resident-since = the date you became a permanent resident
fact-years-as-permanent-resident = how long you have been a permanent resident
fact-married = whether you are married
fact-spouse-is-us-citizen = whether your spouse is a US citizen
fact-married-to-citizen-since = since when you have been married to your US citizen spouse
fact-lives-in-state-since = since when you have lived in your state
fact-days-outside-us-last-5y = your days outside the US in the last 5 years
fact-days-outside-us-last-3y = your days outside the US in the last 3 years
fact-longest-trip-days-last-5y = your longest trip outside the US in the last 5 years
fact-longest-trip-days-last-3y = your longest trip outside the US in the last 3 years
fact-facing-removal-proceedings = whether you have a case in immigration court
fact-military-service = whether you served in the US armed forces
fact-extreme-financial-hardship = whether you face serious money problems
fact-lives-in-county = whether you live in the county
fact-enrolled-in-high-school = whether you are in high school
fact-receives-snap-or-wic = whether anyone receives SNAP or WIC
fact-runs-or-plans-small-business = whether you run or plan a small business
fact-has-photo-identity-document = whether you have a photo ID
fact-has-proof-of-city-address = whether you can show proof of your city address
rule-all = All of these apply.
rule-any = At least one of these applies.
rule-not = This does not apply.
rule-any-member = Someone in your household meets this.
rule-all-members = Everyone in your household meets this.
rule-is-true = { $verdict ->
    [likely] Yes: { $fact }.
   *[other] Not the case: { $fact }.
}
rule-is-false = { $verdict ->
    [likely] Not the case: { $fact }.
   *[other] Yes: { $fact }.
}
rule-one-of = { $fact }: { $value }.
rule-compare-at-least = { $fact }: { $value } (at least { $threshold } needed).
rule-compare-at-most = { $fact }: { $value } (at most { $threshold }).
rule-compare-greater-than = { $fact }: { $value } (more than { $threshold } needed).
rule-compare-less-than = { $fact }: { $value } (less than { $threshold } needed).
rule-compare-equals = { $fact }: { $value } ({ $threshold } needed).
rule-income-at-most-fpg-percent = { $verdict ->
    [likely] Your household income ({ $income } a year, household of { $household-size }) is at or below { $limit-percent }% of the { $year } federal poverty guideline: { $limit }.
    [unlikely] Your household income ({ $income } a year, household of { $household-size }) is above { $limit-percent }% of the { $year } federal poverty guideline: { $limit }.
   *[other] Your household income ({ $income } a year, household of { $household-size }) is close to { $limit-percent }% of the { $year } federal poverty guideline: { $limit }.
}
rule-income-at-least-fpg-percent = { $verdict ->
    [likely] Your household income ({ $income } a year, household of { $household-size }) is at or above { $limit-percent }% of the { $year } federal poverty guideline: { $limit }.
   *[other] Your household income ({ $income } a year, household of { $household-size }) is below { $limit-percent }% of the { $year } federal poverty guideline: { $limit }.
}
rule-income-greater-than-fpg-percent = { $verdict ->
    [likely] Your household income ({ $income } a year, household of { $household-size }) is above { $limit-percent }% of the { $year } federal poverty guideline: { $limit }.
   *[other] Your household income ({ $income } a year, household of { $household-size }) is not above { $limit-percent }% of the { $year } federal poverty guideline: { $limit }.
}
rule-income-less-than-fpg-percent = { $verdict ->
    [likely] Your household income ({ $income } a year, household of { $household-size }) is below { $limit-percent }% of the { $year } federal poverty guideline: { $limit }.
   *[other] Your household income ({ $income } a year, household of { $household-size }) is not below { $limit-percent }% of the { $year } federal poverty guideline: { $limit }.
}
rule-income-equals-fpg-percent = Your household income ({ $income } a year, household of { $household-size }) compared with { $limit-percent }% of the { $year } federal poverty guideline: { $limit }.
rule-elapsed-since = { $verdict ->
    [likely] Since { $since }: { $period } reached on { $date }.
   *[other] Since { $since }: { $period } will be reached on { $date }.
}
rule-physical-presence = { $verdict ->
    [likely] You were in the United States { $days-present } of the last { $window-days }: at least { $threshold } are needed.
   *[other] You were in the United States { $days-present } of the last { $window-days }: at least { $threshold } are needed.
}
rule-continuous-residence = { $band ->
    [short] Your longest trip outside the United States ({ $days }) was shorter than 6 months.
    [presumption] Your longest trip outside the United States ({ $days }) was longer than 6 months: this may break “continuous residence” unless you can show otherwise. Check with a legal provider.
    [possible-break] Your longest trip outside the United States ({ $days }) may have been 1 year or longer: check with a legal provider.
   *[break] Your longest trip outside the United States ({ $days }) was 1 year or longer: this usually breaks “continuous residence”. Check with a legal provider.
}
rule-n400-path-general = The 5-year path for permanent residents.
rule-n400-path-spouse = The 3-year path for spouses of US citizens.
rule-n400-min-age = { $verdict ->
    [likely] You are { $value } old: at least { $threshold } are needed to apply.
   *[other] You are { $value } old: you must be at least { $threshold } old to apply.
}
rule-n400-earliest-filing = { $verdict ->
    [likely] On the 5-year path, you could file from { $date } ({ $period } as a permanent resident since { $since }, less { $early-days }): that date has passed.
   *[other] On the 5-year path, the earliest date to file is { $date } ({ $period } as a permanent resident since { $since }, less { $early-days }).
}
rule-n400-earliest-filing-spouse = { $verdict ->
    [likely] On the 3-year spouse path, you could file from { $date } ({ $period } as a permanent resident since { $since }, less { $early-days }): that date has passed.
   *[other] On the 3-year spouse path, the earliest date to file is { $date } ({ $period } as a permanent resident since { $since }, less { $early-days }).
}
rule-n400-state-residence = { $verdict ->
    [likely] You have lived in your state since { $since }: at least { $period } are needed.
   *[other] You have lived in your state since { $since }: { $period } are needed, reached on { $date }.
}
rule-n400-married = { $verdict ->
    [likely] You are married.
   *[other] You said you are not married, so the 3-year spouse path does not apply.
}
rule-n400-spouse-citizen = { $verdict ->
    [likely] Your spouse is a US citizen.
   *[other] You said your spouse is not a US citizen, so the 3-year spouse path does not apply.
}
rule-n400-marital-union = { $verdict ->
    [likely] You have been married to and living with your US citizen spouse since { $since }: at least { $period } are needed.
   *[other] You have been married to and living with your US citizen spouse since { $since }: { $period } are needed, reached on { $date }.
}
rule-n400-fee-waiver-benefit = { $verdict ->
    [likely] { $person ->
        [you] You receive a benefit based on income.
       *[member] { $who } receives a benefit based on income.
    }
   *[other] { $person ->
        [you] You do not receive a benefit based on income.
       *[member] { $who } does not receive a benefit based on income.
    }
}
rule-n400-fee-waiver-benefit-relative = { $verdict ->
    [likely] { $person ->
        [you] Your own benefit counts.
       *[member] { $who } is your spouse or child: their benefit counts.
    }
   *[other] { $who } is not your spouse or child: for other relatives, check with a legal provider.
}
rule-n400-fee-waiver-benefit-parent-or-sibling = A parent or a brother or sister in your household receives a benefit based on income: this may count. Check with a legal provider.
rule-n400-fee-waiver-hardship = { $verdict ->
    [unlikely] You did not say you face serious money problems.
   *[other] You face serious money problems: a legal provider can help you show extreme financial hardship.
}
rule-n400-fee-military = { $verdict ->
    [likely] You serve or served in the US armed forces: there may be no fee.
   *[other] You said you have not served in the US armed forces.
}
rule-n400-fee-full-not-military = { $verdict ->
    [likely] You said you have not served in the US armed forces.
   *[other] You serve or served in the US armed forces, so a fee exemption may apply.
}
rule-n400-fee-full-income-over-reduced-limit = Your household income is above the limit for the reduced fee.
rule-city-resident = { $verdict ->
    [likely] You live in the city.
   *[other] You said you do not live in the city.
}
rule-county-resident = { $verdict ->
    [likely] You live in the county.
   *[other] You said you do not live in the county.
}
rule-city-or-county-resident = { $verdict ->
    [likely] You live in the city or the county.
   *[other] You said you live neither in the city nor in the county.
}
rule-city-id-min-age = { $verdict ->
    [likely] You are { $value } old: the ID is for people { $threshold } and older.
   *[other] You are { $value } old: the ID is for people { $threshold } and older.
}
rule-city-id-photo-identity = { $verdict ->
    [likely] You have a photo ID from some country.
   *[other] You said you do not have a photo ID. A navigator can tell you which other documents may be accepted.
}
rule-city-id-proof-of-address = { $verdict ->
    [likely] You can show proof of your address in the city.
   *[other] You said you cannot show proof of your address. A letter from a shelter or a nonprofit may count: ask a navigator.
}
rule-esl-age = { $verdict ->
    [likely] Your age fits the classes.
   *[other] The classes are for adults, and for teens of 16 or 17 who are not in high school.
}
rule-esl-adult = { $verdict ->
    [likely] You are { $value } old: the classes are for adults { $threshold } and older.
   *[other] You are { $value } old: the adult classes start at { $threshold }.
}
rule-esl-teen-out-of-school = { $verdict ->
    [likely] You are a teen who is not in high school: you can join.
   *[other] Teens can join only if they are not in high school.
}
rule-esl-min-age = { $verdict ->
    [likely] You are { $value } old: at least { $threshold } are needed.
   *[other] You are { $value } old: the classes start at { $threshold }.
}
rule-esl-not-in-high-school = { $verdict ->
    [likely] You are not in high school.
   *[other] You are in high school: your school offers English support.
}
rule-food-snap-or-wic = { $verdict ->
    [likely] { $person ->
        [you] You receive SNAP or WIC.
       *[member] { $who } receives SNAP or WIC.
    }
   *[other] { $person ->
        [you] You do not receive SNAP or WIC.
       *[member] { $who } does not receive SNAP or WIC.
    }
}
rule-food-snap-or-wic-household = { $verdict ->
    [likely] Someone in your household receives SNAP or WIC.
   *[other] Nobody in your household receives SNAP or WIC.
}
rule-facing-removal-proceedings = { $verdict ->
    [likely] You have a case in immigration court: the fund pays for a lawyer to defend you.
   *[other] You said you do not have a case in immigration court.
}
rule-small-business-owner = { $verdict ->
    [likely] You run or plan a small business.
   *[other] You said you do not run or plan a small business.
}
rule-n400-fee-waiver-benefit-parent-relative = { $verdict ->
    [likely] { $who } is your parent, brother or sister: their benefit may count.
   *[other] { $person ->
        [you] This part is about a parent, brother or sister who lives with you.
       *[member] { $who } is not your parent, brother or sister.
    }
}
