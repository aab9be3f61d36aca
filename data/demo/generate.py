#!/usr/bin/env python3
"""Writes data/demo/services.json, the demo directory of the fictional city of
Sycamore Falls, Ohio (see README.md beside this file).

The content lives here as plain Python data so that it stays readable; this script turns it
into HSDS 3.1 "full" service objects. The JSON it writes is the shipped artefact; run

    python3 data/demo/generate.py

from the repository root after changing anything below, then run
`cargo test -p puerta-ingest --test demo_data`.

Ids are deterministic: UUIDv5 over the Puerta namespace of readable keys, exactly like
`puerta_domain::ids::stable_id(source, kind, key)`. Demo records use the source `demo`;
taxonomy links use `stable_id("open-eligibility", "taxonomy_term", "<Open Eligibility id>")`.

Standard library only. Everything here is fictional: organisations, streets, phone numbers
(555-01xx), e-mail addresses and web sites (reserved `.example` names).
"""

import csv
import json
import pathlib
import re
import uuid

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent.parent
TAXONOMY_CSV = ROOT / "data" / "taxonomies" / "open-eligibility" / "taxonomy.csv"
OUT = HERE / "services.json"

# puerta_domain::ids::PUERTA_NAMESPACE
NAMESPACE = uuid.UUID("6f1c2b7e-93a4-4d0c-8e55-1f0ab2c3d4e5")


def stable_id(source, kind, key):
    return str(uuid.uuid5(NAMESPACE, f"{source}\x1f{kind}\x1f{key.strip()}"))


def did(kind, key):
    return stable_id("demo", kind, key)


def term_uuid(code):
    return stable_id("open-eligibility", "taxonomy_term", str(code))


with TAXONOMY_CSV.open(newline="", encoding="utf-8") as f:
    TERMS = {int(row["id"]): row["name"] for row in csv.DictReader(f)}

# --------------------------------------------------------------------------------------------
# The city
# --------------------------------------------------------------------------------------------

CITY = "Sycamore Falls"
STATE = "OH"
COUNTY = "Ashgrove County"
AREA_CODE = "937"

LANGUAGES = {
    "en": "English",
    "es": "Spanish",
    "fr": "French",
    "ht": "Haitian Creole",
    "pt": "Portuguese",
    "ar": "Arabic",
    "zh": "Chinese",
    "yue": "Cantonese",
    "vi": "Vietnamese",
    "ko": "Korean",
    "tl": "Tagalog",
    "ru": "Russian",
    "uk": "Ukrainian",
    "fa": "Persian",
    "prs": "Dari",
    "ps": "Pashto",
    "so": "Somali",
    "sw": "Swahili",
    "am": "Amharic",
    "ti": "Tigrinya",
    "ne": "Nepali",
    "my": "Burmese",
    "tr": "Turkish",
    "mam": "Mam",
}

PHONE_RE = re.compile(r"^\(937\) 555-01\d\d$")


def phone_number(last_two):
    number = f"({AREA_CODE}) 555-01{last_two:02d}"
    assert PHONE_RE.match(number), number
    return number


# --------------------------------------------------------------------------------------------
# Organisations
# --------------------------------------------------------------------------------------------

ORGS = {
    "puentes": dict(
        name="Puentes Immigrant Legal Center",
        alternate_name="Puentes",
        description=(
            "Puentes Immigrant Legal Center is a nonprofit law office that gives free and "
            "low-cost immigration legal help to people in Ashgrove County. It is a "
            "DOJ-recognized organization: its DOJ-accredited representatives and staff "
            "attorneys can represent clients before USCIS and the immigration court."
        ),
        email="info@puentes.example",
        website="https://puentes.example",
        tax_status="501(c)(3) nonprofit",
        legal_status="Nonprofit corporation",
        year=2004,
        phone=(1, "Main office"),
        contact=("Office Manager", "Administration", "info@puentes.example"),
        funding="Grants from the City of Sycamore Falls and two local foundations, legal "
        "aid funding from the State of Ohio, and individual donations.",
    ),
    "sfu-law": dict(
        name="Sycamore Falls University School of Law",
        alternate_name="SFU Law Clinics",
        description=(
            "The School of Law at Sycamore Falls University trains future lawyers through "
            "supervised clinics that serve the community at no cost. Its Immigration and "
            "Human Rights Clinic takes a limited number of cases each semester."
        ),
        email="immclinic@law.sfu.example",
        website="https://law.sfu.example/clinics",
        tax_status="Public university",
        legal_status="State university",
        year=1911,
        phone=(3, "Clinic office"),
        contact=("Clinic Coordinator", "Immigration and Human Rights Clinic",
                 "immclinic@law.sfu.example"),
        funding="University funds and private gifts to the clinical program.",
    ),
    "acba": dict(
        name="Ashgrove County Bar Association",
        alternate_name="ACBA Volunteer Lawyers Project",
        description=(
            "The Ashgrove County Bar Association is the professional association of lawyers "
            "in the county. Its Volunteer Lawyers Project matches people with low incomes "
            "with volunteer (pro bono) attorneys and runs free legal advice clinics."
        ),
        email="vlp@ashgrovebar.example",
        website="https://ashgrovebar.example",
        tax_status="501(c)(6) association; the Volunteer Lawyers Project is a 501(c)(3) fund",
        legal_status="Nonprofit corporation",
        year=1923,
        phone=(4, "Bar Association office"),
        contact=("Pro Bono Director", "Volunteer Lawyers Project", "vlp@ashgrovebar.example"),
        funding="Member dues, an Ohio legal aid grant and donations from local law firms.",
    ),
    "sfpl": dict(
        name="Sycamore Falls Public Library",
        alternate_name="SFPL",
        description=(
            "The public library of Sycamore Falls, with a Main Library downtown and branches "
            "in Eastgate and Northridge. Library cards are free to anyone who lives, works or "
            "studies in Ashgrove County, and no Social Security number is needed to get one."
        ),
        email="ask@sfpl.example",
        website="https://sfpl.example",
        tax_status="Public library",
        legal_status="County library district",
        year=1896,
        phone=(6, "Ask a librarian"),
        contact=("Adult Learning Librarian", "Adult Services", "ask@sfpl.example"),
        funding="Local property tax levy and the Ohio Public Library Fund.",
    ),
    "mlp": dict(
        name="Millrace Literacy Partners",
        description=(
            "A nonprofit adult education program that has taught reading and English to "
            "adults in Sycamore Falls since 1987. Classes are small, free and taught by "
            "trained teachers and volunteers."
        ),
        email="classes@millraceliteracy.example",
        website="https://millraceliteracy.example",
        tax_status="501(c)(3) nonprofit",
        legal_status="Nonprofit corporation",
        year=1987,
        phone=(9, "Registration and information"),
        contact=("Student Services Coordinator", "Registration",
                 "classes@millraceliteracy.example"),
        funding="Ohio adult education grant, a United Fund grant and individual donors.",
    ),
    "acc": dict(
        name="Ashgrove Community College",
        alternate_name="ACC",
        description=(
            "A public two-year college offering degrees, certificates and English language "
            "programs. Its Office of Global Learners supports immigrant and international "
            "students from their first placement test to graduation."
        ),
        email="globallearners@ashgrove-cc.example",
        website="https://ashgrove-cc.example",
        tax_status="Public college",
        legal_status="State community college district",
        year=1966,
        phone=(10, "Office of Global Learners"),
        contact=("Global Learners Advisor", "Office of Global Learners",
                 "globallearners@ashgrove-cc.example"),
        funding="State of Ohio, tuition, and workforce grants for the bridge programs.",
    ),
    "bfh": dict(
        name="Birchcombe Family Health Center",
        alternate_name="Birchcombe Health",
        description=(
            "A nonprofit community health center giving primary care, dental care and women's "
            "health care to everyone, with or without insurance. Fees for people without "
            "insurance are based on household income (sliding scale)."
        ),
        email="appointments@birchcombehealth.example",
        website="https://birchcombehealth.example",
        tax_status="501(c)(3) nonprofit",
        legal_status="Nonprofit corporation",
        year=1979,
        phone=(12, "Appointments"),
        contact=("Patient Services Manager", "Patient Services",
                 "appointments@birchcombehealth.example"),
        funding="Federal community health center grant, insurance payments, patient fees and "
        "local donations.",
    ),
    "lfc": dict(
        name="Lamplight Free Clinic",
        description=(
            "A volunteer-run free clinic for people without health insurance, staffed by "
            "volunteer doctors, nurses, pharmacists and interpreters. Patients never need "
            "insurance, ID or a Social Security number."
        ),
        email="info@lamplightclinic.example",
        website="https://lamplightclinic.example",
        tax_status="501(c)(3) nonprofit",
        legal_status="Nonprofit corporation",
        year=2009,
        phone=(15, "Information line (recorded message outside clinic hours)"),
        contact=("Volunteer Coordinator", "Clinic operations", "info@lamplightclinic.example"),
        funding="Donations, congregations and a grant from the county health foundation.",
    ),
    "tmc": dict(
        name="Tamarack Multilingual Counseling",
        description=(
            "A nonprofit mental health practice whose counselors speak the languages of the "
            "city's newer communities. Counselors are licensed in Ohio and trained in "
            "trauma-informed care for people who have lived through war, displacement or "
            "family separation."
        ),
        email="intake@tamarackcounseling.example",
        website="https://tamarackcounseling.example",
        tax_status="501(c)(3) nonprofit",
        legal_status="Nonprofit corporation",
        year=2015,
        phone=(16, "Intake line"),
        contact=("Intake Coordinator", "Clinical services", "intake@tamarackcounseling.example"),
        funding="County mental health board, Medicaid and private foundations.",
    ),
    "svfb": dict(
        name="Sycamore Valley Food Bank",
        description=(
            "The regional food bank for Ashgrove County. It supplies more than 60 partner "
            "pantries, runs a mobile pantry truck, and helps families apply for food "
            "benefits."
        ),
        email="help@svfoodbank.example",
        website="https://svfoodbank.example",
        tax_status="501(c)(3) nonprofit",
        legal_status="Nonprofit corporation",
        year=1983,
        phone=(17, "Main line"),
        contact=("Community Programs Manager", "Community Programs", "help@svfoodbank.example"),
        funding="Donated food, grocery partners, federal commodity programs and local giving.",
    ),
    "nnfp": dict(
        name="Northside Neighbors Food Pantry",
        description=(
            "A volunteer food pantry run by a coalition of northside congregations. Shoppers "
            "choose their own food, including fresh produce, halal meat and baby items when "
            "available."
        ),
        email="northsideneighbors@example.org",
        website="https://example.org/northside-neighbors",
        tax_status="Fiscally sponsored by a 501(c)(3) congregation",
        legal_status="Unincorporated association",
        year=1998,
        phone=(19, "Pantry phone (voicemail checked daily)"),
        contact=("Pantry Coordinator", "Volunteers", "northsideneighbors@example.org"),
        funding="Member congregations, food drives and Sycamore Valley Food Bank.",
    ),
    "twc": dict(
        name="Threshold Workforce Center",
        alternate_name="Threshold",
        description=(
            "A nonprofit employment center for immigrants and refugees. It offers job search "
            "help, career coaching, workers' rights clinics and help getting education and "
            "professional credentials from other countries recognized."
        ),
        email="jobs@thresholdworks.example",
        website="https://thresholdworks.example",
        tax_status="501(c)(3) nonprofit",
        legal_status="Nonprofit corporation",
        year=2012,
        phone=(20, "Front desk"),
        contact=("Employment Services Manager", "Employment Services",
                 "jobs@thresholdworks.example"),
        funding="Workforce grants, employer partners and private foundations.",
    ),
    "sfclf": dict(
        name="Sycamore Falls Community Lending Fund",
        alternate_name="Community Lending Fund",
        description=(
            "A nonprofit community development financial institution (CDFI) that lends to "
            "small businesses that banks often turn away, including owners who use an ITIN "
            "instead of a Social Security number."
        ),
        email="loans@sfclf.example",
        website="https://sfclf.example",
        tax_status="501(c)(3) nonprofit",
        legal_status="Nonprofit loan fund (certified CDFI)",
        year=2002,
        phone=(21, "Loan officers"),
        contact=("Senior Loan Officer", "Lending", "loans@sfclf.example"),
        funding="Investments from local banks and foundations, and federal CDFI awards.",
    ),
    "ona": dict(
        name="City of Sycamore Falls Office of New Americans",
        alternate_name="Office of New Americans",
        description=(
            "The city office that helps immigrants and refugees use city services and take "
            "part in civic life. It runs the City ID program, language access for city "
            "departments, small business navigation and the New Americans Civic Leadership "
            "Academy."
        ),
        email="newamericans@sycamorefalls.example",
        website="https://sycamorefalls.example/newamericans",
        tax_status="Government",
        legal_status="Municipal government office",
        year=2017,
        phone=(0, "Office of New Americans"),
        contact=("Director's Office", "Office of New Americans",
                 "newamericans@sycamorefalls.example"),
        funding="City of Sycamore Falls general fund.",
    ),
    "vusf": dict(
        name="Vendedores Unidos de Sycamore Falls",
        alternate_name="Sycamore Falls Street Vendors United",
        description=(
            "A membership association of street vendors, food cart and food truck owners, "
            "and market sellers. It helps vendors get permits, pass health inspections and "
            "sell at the Sorrel Street Night Market."
        ),
        email="info@vendedoresunidos.example",
        website="https://vendedoresunidos.example",
        tax_status="501(c)(4) nonprofit",
        legal_status="Nonprofit membership association",
        year=2019,
        phone=(24, "Member services"),
        contact=("Member Services Organizer", "Member services", "info@vendedoresunidos.example"),
        funding="Member dues, market stall fees and a small business grant from the City.",
    ),
    "accu": dict(
        name="Ashgrove Commons Credit Union",
        description=(
            "A member-owned, not-for-profit credit union open to anyone who lives or works in "
            "Ashgrove County. Members can open accounts with an ITIN or a passport from any "
            "country."
        ),
        email="members@ashgrovecommons.example",
        website="https://ashgrovecommons.example",
        tax_status="Not-for-profit financial cooperative",
        legal_status="State-chartered credit union",
        year=1952,
        phone=(25, "Member service center"),
        contact=("Member Service Supervisor", "Member services",
                 "members@ashgrovecommons.example"),
        funding="Owned by its members; financial coaching is supported by a community grant.",
    ),
    "acuf": dict(
        name="Ashgrove County United Fund",
        description=(
            "A local charity that raises money for community programs and runs the county's "
            "free tax preparation sites with IRS-certified volunteers."
        ),
        email="taxhelp@ashgroveunitedfund.example",
        website="https://ashgroveunitedfund.example",
        tax_status="501(c)(3) nonprofit",
        legal_status="Nonprofit corporation",
        year=1948,
        phone=(27, "Tax help line (January to April)"),
        contact=("VITA Site Coordinator", "Financial Stability",
                 "taxhelp@ashgroveunitedfund.example"),
        funding="Workplace giving campaigns and an IRS VITA grant.",
    ),
    "cb": dict(
        name="Citizenship Bridge Sycamore Falls",
        alternate_name="Citizenship Bridge",
        description=(
            "A coalition of volunteers, legal organizations and adult educators that helps "
            "green card holders become U.S. citizens. Attorneys from Puentes Immigrant Legal "
            "Center review every application prepared at its workshops."
        ),
        email="hello@citizenshipbridge.example",
        website="https://citizenshipbridge.example",
        tax_status="Fiscally sponsored by Puentes Immigrant Legal Center",
        legal_status="Coalition",
        year=2016,
        phone=(28, "Workshop registration"),
        contact=("Volunteer Program Coordinator", "Workshops", "hello@citizenshipbridge.example"),
        funding="Foundation grants and volunteer time.",
    ),
    "aris": dict(
        name="Ashgrove Refugee & Immigrant Services",
        alternate_name="ARIS",
        description=(
            "A resettlement and social services agency that welcomes newcomer families to "
            "Sycamore Falls. Caseworkers help with housing, benefits, school enrollment, work "
            "and interpretation."
        ),
        email="info@aris.example",
        website="https://aris.example",
        tax_status="501(c)(3) nonprofit",
        legal_status="Nonprofit corporation",
        year=1981,
        phone=(29, "Main office"),
        contact=("Program Director", "Client services", "info@aris.example"),
        funding="Federal resettlement funds, county contracts and community donations.",
    ),
    "lakou": dict(
        name="Lakou Community Association",
        alternate_name="Lakou",
        description=(
            "A Haitian community organization; \"lakou\" is the shared family courtyard of "
            "Haitian homes. It offers information sessions, help with forms and cultural "
            "events in Haitian Creole and French."
        ),
        email="bonjou@lakou.example",
        website="https://lakou.example",
        tax_status="501(c)(3) nonprofit",
        legal_status="Nonprofit corporation",
        year=2022,
        phone=(31, "Community house"),
        contact=("Community Navigator", "Navigation", "bonjou@lakou.example"),
        funding="Community donations and a city neighborhood grant.",
    ),
    "pacc": dict(
        name="Sycamore Falls Pan-Asian Community Center",
        alternate_name="Pan-Asian Community Center",
        description=(
            "A community center for Vietnamese, Chinese, Korean, Filipino, Nepali and Burmese "
            "families in Sycamore Falls. It helps with forms and benefits and runs programs "
            "for older adults."
        ),
        email="info@sf-panasian.example",
        website="https://sf-panasian.example",
        tax_status="501(c)(3) nonprofit",
        legal_status="Nonprofit corporation",
        year=1994,
        phone=(32, "Front desk"),
        contact=("Family Services Coordinator", "Family Services",
                 "info@sf-panasian.example"),
        funding="Area agency on aging, county grants and member donations.",
    ),
    "tap": dict(
        name="Sycamore Falls Tenant Advocacy Project",
        alternate_name="Tenant Advocacy Project",
        description=(
            "A nonprofit that helps renters understand their rights, get repairs made and "
            "respond to eviction notices. Help is free, confidential and open to every renter "
            "in the city."
        ),
        email="help@tenantproject.example",
        website="https://tenantproject.example",
        tax_status="501(c)(3) nonprofit",
        legal_status="Nonprofit corporation",
        year=2011,
        phone=(33, "Tenant hotline"),
        contact=("Tenant Counselor", "Counseling", "help@tenantproject.example"),
        funding="City eviction prevention funds, legal aid grants and donations.",
    ),
    "sha": dict(
        name="Safe Harbor Ashgrove",
        description=(
            "Safe Harbor Ashgrove supports survivors of domestic violence, sexual assault and "
            "human trafficking with a 24-hour helpline, emergency safe shelter, advocacy and "
            "counseling. All services are free and confidential."
        ),
        email="info@safeharborashgrove.example",
        website="https://safeharborashgrove.example",
        tax_status="501(c)(3) nonprofit",
        legal_status="Nonprofit corporation",
        year=1977,
        phone=(34, "Administrative office (for emergencies call the 24-hour helpline)"),
        contact=("Community Education Coordinator", "Outreach",
                 "info@safeharborashgrove.example"),
        funding="Federal and state victim services grants and community donations.",
    ),
    "cg": dict(
        name="Casa Girasol Family Center",
        alternate_name="Casa Girasol",
        description=(
            "A family resource center on the west side offering parenting support, playgroups "
            "for young children and a baby supply bank. Programs are in Spanish and English, "
            "with interpreters for other languages."
        ),
        email="hola@casagirasol.example",
        website="https://casagirasol.example",
        tax_status="501(c)(3) nonprofit",
        legal_status="Nonprofit corporation",
        year=2006,
        phone=(35, "Front desk"),
        contact=("Family Programs Coordinator", "Family Programs", "hola@casagirasol.example"),
        funding="Early childhood grants, a county family services contract and donations.",
    ),
}

# Programs (grouping services of one organisation).
PROGRAMS = {
    "puentes-legal": dict(
        org="puentes",
        name="Immigration Legal Services",
        description="Puentes' consultation, application and representation services, staffed "
        "by DOJ-accredited representatives and attorneys.",
    ),
    "mlp-english": dict(
        org="mlp",
        name="Adult English Program",
        alternate_name="ESL Program",
        description="Free English classes for adults at six levels, in the day, in the evening, "
        "on Saturdays and online.",
    ),
    "cb-naturalization": dict(
        org="cb",
        name="Naturalization Program",
        description="Workshops, fee waiver help and classes for people applying for U.S. "
        "citizenship.",
    ),
}

# --------------------------------------------------------------------------------------------
# Locations (ZIP codes and coordinates are those of a real mid-size Ohio metro area, so that
# map and postcode search behave realistically; names and streets are invented)
# --------------------------------------------------------------------------------------------

WEEKDAYS = "MO,TU,WE,TH,FR"

LOCATIONS = {
    "puentes-office": dict(
        org="puentes",
        name="Puentes Immigrant Legal Center",
        address=("412 Larkin Avenue", "Suite 200", "45402"),
        lat=39.76012, lon=-84.19751,
        description="Second-floor offices above the Larkin Avenue bakery, with private "
        "consultation rooms.",
        transportation="Sycamore Falls Regional Transit routes 4 and 12 stop at Larkin Avenue "
        "and 5th Street, one block away.",
        access=("Step-free entrance on Larkin Avenue and an elevator to the second floor.",
                "Accessible restroom on the second floor. Ask at reception for a quiet room."),
        hours=[(WEEKDAYS, "08:30", "17:30")],
    ),
    "sfu-law": dict(
        org="sfu-law",
        name="Hollis Hall, Sycamore Falls University School of Law",
        address=("2200 University Parkway", "Hollis Hall, Room 114", "45409"),
        lat=39.72398, lon=-84.18402,
        description="The law school building on the university's north campus. The clinic "
        "office is on the ground floor, next to the law library.",
        transportation="Route 9 stops at the University Parkway entrance. Free visitor parking "
        "in Lot C for clinic clients (ask for a pass).",
        access=("Automatic doors at the main entrance; all clinic rooms are on the ground "
                "floor.", "Gender-neutral accessible restroom next to Room 110."),
    ),
    "acba-office": dict(
        org="acba",
        name="Ashgrove County Bar Association",
        address=("220 Tallow Street", "Justice Center Tower, 6th floor", "45402"),
        lat=39.75790, lon=-84.19263,
        description="Bar Association offices across the street from the county courthouse.",
        transportation="Downtown transit hub is two blocks north.",
        access=("Elevators from the Tallow Street lobby; security screening at the entrance.",
                None),
    ),
    "sfpl-main": dict(
        org="sfpl",
        name="Sycamore Falls Main Library",
        address=("100 Commons Square", None, "45402"),
        lat=39.76104, lon=-84.19031,
        description="The downtown Main Library on Commons Square. Classes and clinics meet in "
        "the Community Room on the lower level.",
        transportation="All downtown bus routes stop at Commons Square. Paid parking garage on "
        "Weaver Street with two free hours for library visitors.",
        access=("Step-free entrances on Commons Square and from the parking garage; elevators "
                "to all floors.", "Assistive listening system in the Community Room; "
                "large-print and audio books on the first floor."),
        hours=[("MO,TU,WE,TH", "09:00", "20:00"), ("FR,SA", "09:00", "17:00"),
               ("SU", "13:00", "17:00")],
        phone=(6, "Main Library information desk"),
    ),
    "sfpl-eastgate": dict(
        org="sfpl",
        name="Eastgate Branch Library",
        address=("3815 Eastgate Road", None, "45431"),
        lat=39.76221, lon=-84.08903,
        description="Neighborhood branch in the Eastgate shopping district, closed for "
        "renovation until spring 2027.",
        transportation="Route 7 stops in front of the branch.",
        access=("Step-free entrance from the parking lot (during renovation, the building is "
                "closed to the public).", None),
        phone=(7, "Eastgate Branch (messages only during renovation)"),
    ),
    "sfpl-northridge": dict(
        org="sfpl",
        name="Northridge Branch Library",
        address=("1740 Quarry Hill Road", None, "45414"),
        lat=39.84402, lon=-84.20110,
        description="North side branch with a computer lab of 16 stations.",
        transportation="Route 15 stops at Quarry Hill Road and Kestrel Drive. Free parking.",
        access=("Single-level building with an automatic door.",
                "Height-adjustable desk and screen reader software in the computer lab."),
        hours=[("MO,TU,WE,TH", "10:00", "19:00"), ("FR,SA", "10:00", "17:00")],
        phone=(8, "Northridge Branch"),
    ),
    "mlp-center": dict(
        org="mlp",
        name="Millrace Literacy Partners Learning Center",
        address=("58 Millrace Street", "2nd floor", "45402"),
        lat=39.75689, lon=-84.20184,
        description="Six classrooms and a children's room for students' children during "
        "class.",
        transportation="Routes 4 and 11 stop at Millrace Street and Canal Walk.",
        access=("Elevator from the Millrace Street entrance.",
                "Classrooms have hearing loops; materials in large print on request."),
        hours=[("MO,TU,WE,TH", "08:30", "13:00"), ("SA", "08:30", "12:30")],
    ),
    "mlp-online": dict(
        org="mlp",
        kind="virtual",
        name="Millrace Literacy Online Classroom",
        url="https://millraceliteracy.example/online",
        description="Live video classes; join from a phone, tablet or computer.",
    ),
    "westwood-cc": dict(
        org="ona",
        name="Westwood Community Center",
        address=("2901 Underhill Street", None, "45417"),
        lat=39.73702, lon=-84.28104,
        description="City recreation center with meeting rooms, a gym and a large parking lot "
        "used for community events.",
        transportation="Route 2 stops at Underhill Street and Sorrel Street.",
        access=("Step-free entrance and automatic doors; accessible parking next to the main "
                "door.", None),
        phone=(36, "Westwood Community Center front desk"),
    ),
    "northridge-rc": dict(
        org="ona",
        name="Northridge Recreation Center",
        address=("4100 Sparrowbrook Road", None, "45424"),
        lat=39.84219, lon=-84.11302,
        description="City recreation center; mobile food distributions use the east parking "
        "lot.",
        transportation="Route 15 stops at the Sparrowbrook Road entrance.",
        access=("Level parking lot and step-free entrance.", None),
        phone=(37, "Northridge Recreation Center front desk"),
    ),
    "acc-campus": dict(
        org="acc",
        name="Ashgrove Community College, Student Commons",
        address=("600 Lanternfield Way", "Student Commons, Building 3", "45404"),
        lat=39.79298, lon=-84.15612,
        description="Main campus. The Office of Global Learners and the Testing Center are on "
        "the first floor of the Student Commons.",
        transportation="Routes 3 and 8 stop on campus. Free parking in lots A and B.",
        access=("All campus buildings are step-free; elevators in Building 3.",
                "Disability Services (Building 1) arranges classroom accommodations."),
    ),
    "bfh-main": dict(
        org="bfh",
        name="Birchcombe Family Health Center",
        address=("2750 Birchcombe Road", None, "45410"),
        lat=39.74752, lon=-84.15503,
        description="Main clinic with primary care, pharmacy and lab.",
        transportation="Routes 7 and 10 stop at Birchcombe Road. Free parking.",
        access=("Step-free entrance, wheelchairs available at the door.",
                "Exam rooms with height-adjustable tables; sign language interpreters on "
                "request."),
        hours=[("MO,TU,WE,FR", "08:00", "17:00"), ("TH", "08:00", "19:00"),
               ("SA", "09:00", "13:00")],
    ),
    "bfh-northside": dict(
        org="bfh",
        name="Birchcombe Health Northside Dental and Women's Health",
        address=("1215 Weaver Street", None, "45405"),
        lat=39.79348, lon=-84.21352,
        description="Satellite clinic for dental care, prenatal care and women's health.",
        transportation="Route 5 stops at Weaver Street and Greaves Street.",
        access=("Step-free entrance on the side of the building (follow the blue signs).",
                None),
        phone=(13, "Northside clinic"),
    ),
    "lfc-grace": dict(
        org="lfc",
        name="Lamplight Free Clinic at Grace Fellowship Church",
        address=("815 Harrowgate Drive", "Lower level", "45406"),
        lat=39.78497, lon=-84.23905,
        description="The clinic uses the church's lower level on clinic evenings; enter "
        "through the side door on Harrowgate Drive.",
        transportation="Route 2 stops at Harrowgate Drive and Penrose Avenue.",
        access=("Ramp at the side door and an elevator to the lower level.", None),
    ),
    "tmc-office": dict(
        org="tmc",
        name="Tamarack Multilingual Counseling",
        address=("1150 Fenwick Boulevard", "Suite 3B", "45419"),
        lat=39.71398, lon=-84.16597,
        description="Quiet counseling offices with a family waiting room.",
        transportation="Route 10 stops at Fenwick Boulevard and Hadley Court.",
        access=("Ground-floor suite with a step-free entrance.",
                "Private entrance available on request for clients who prefer not to use the "
                "main waiting room."),
    ),
    "tmc-online": dict(
        org="tmc",
        kind="virtual",
        name="Tamarack Telehealth",
        url="https://tamarackcounseling.example/telehealth",
        description="Secure video sessions; no app download needed.",
    ),
    "svfb-hq": dict(
        org="svfb",
        name="Sycamore Valley Food Bank",
        address=("600 Tallowmill Road", None, "45417"),
        lat=39.73108, lon=-84.29304,
        description="Warehouse and offices. Benefit specialists meet visitors in the "
        "Community Room by the front entrance.",
        transportation="Route 2 stops at Tallowmill Road; free parking.",
        access=("Step-free entrance and accessible restroom.", None),
    ),
    "nnfp-hall": dict(
        org="nnfp",
        name="Northside Neighbors Food Pantry at St. Anselm Hall",
        address=("1940 Weaver Street", None, "45405"),
        lat=39.79483, lon=-84.21806,
        description="Parish hall set up as a small grocery store on pantry days.",
        transportation="Route 5 stops at Weaver Street and Ransom Avenue.",
        access=("Ramp at the Weaver Street door; volunteers can carry groceries to your car.",
                None),
    ),
    "twc-center": dict(
        org="twc",
        name="Threshold Workforce Center",
        address=("275 Penrose Avenue", None, "45402"),
        lat=39.75851, lon=-84.20602,
        description="Career center with a computer lab, interview rooms and a training room.",
        transportation="Routes 4, 11 and 12 stop within two blocks.",
        access=("Step-free entrance and computer stations at wheelchair height.", None),
        hours=[(WEEKDAYS, "09:00", "17:00")],
    ),
    "sfclf-office": dict(
        org="sfclf",
        name="Sycamore Falls Community Lending Fund",
        address=("90 Millrace Street", "Suite 400", "45402"),
        lat=39.75702, lon=-84.20079,
        description="Loan offices on the fourth floor of the Millrace Building.",
        transportation="Routes 4 and 11 stop at Millrace Street and Canal Walk.",
        access=("Elevator from the lobby.", None),
    ),
    "city-annex": dict(
        org="ona",
        name="City Hall Annex",
        address=("101 Commons Square", "Room 120", "45402"),
        lat=39.76139, lon=-84.19118,
        description="The Office of New Americans and the City ID enrollment center are on the "
        "ground floor of the City Hall Annex.",
        transportation="All downtown bus routes stop at Commons Square.",
        access=("Step-free entrance on Commons Square; security screening at the door.",
                "Seated waiting area and a private room for people who need one."),
        hours=[(WEEKDAYS, "08:30", "16:30")],
    ),
    "mercado": dict(
        org="vusf",
        name="Sorrel Street Mercado",
        address=("1312 Sorrel Street", None, "45417"),
        lat=39.73351, lon=-84.27952,
        description="A former warehouse with a vendor office, a teaching kitchen and the "
        "Night Market lot.",
        transportation="Route 2 stops at Sorrel Street and Underhill Street.",
        access=("Step-free entrance and paved market lot.", None),
    ),
    "accu-downtown": dict(
        org="accu",
        name="Ashgrove Commons Credit Union, Downtown Branch",
        address=("20 Commons Square", None, "45402"),
        lat=39.76059, lon=-84.18982,
        description="Full-service branch with a community meeting room used for free tax "
        "preparation in the tax season.",
        transportation="All downtown bus routes stop at Commons Square.",
        access=("Step-free entrance; lowered teller counter.", None),
        hours=[(WEEKDAYS, "09:00", "17:00"), ("SA", "09:00", "12:00")],
    ),
    "accu-fenwick": dict(
        org="accu",
        name="Ashgrove Commons Credit Union, Fenwick Branch",
        address=("2450 Fenwick Boulevard", None, "45420"),
        lat=39.71798, lon=-84.12995,
        description="Branch with drive-through and a private office for financial coaching.",
        transportation="Route 10 stops in front of the branch.",
        access=("Step-free entrance and accessible drive-through ATM.", None),
        hours=[(WEEKDAYS, "09:00", "17:00"), ("SA", "09:00", "12:00")],
    ),
    "cb-office": dict(
        org="cb",
        name="Citizenship Bridge Office",
        address=("77 Alder Row", None, "45403"),
        lat=39.76803, lon=-84.14851,
        description="Small office and classroom in the Alder Row community building.",
        transportation="Route 6 stops at Alder Row and Fenwick Boulevard.",
        access=("Ground-floor classroom with a step-free entrance.", None),
    ),
    "aris-office": dict(
        org="aris",
        name="Ashgrove Refugee & Immigrant Services",
        address=("1600 Hadley Road", None, "45404"),
        lat=39.79051, lon=-84.16197,
        description="Offices, a family waiting room with toys, and classrooms for cultural "
        "orientation.",
        transportation="Route 3 stops at Hadley Road and Lanternfield Way.",
        access=("Step-free entrance; elevator to the second-floor classrooms.", None),
        hours=[(WEEKDAYS, "08:30", "17:00")],
    ),
    "lakou-house": dict(
        org="lakou",
        name="Lakou Community House",
        address=("930 Greaves Street", None, "45406"),
        lat=39.78301, lon=-84.24397,
        description="A renovated house used as a community center, with a meeting room for "
        "40 people.",
        transportation="Route 2 stops at Greaves Street and Harrowgate Drive.",
        access=("Ramp at the back entrance; the meeting room is on the ground floor.", None),
    ),
    "pacc-center": dict(
        org="pacc",
        name="Pan-Asian Community Center",
        address=("3305 Kestrel Drive", None, "45424"),
        lat=39.84398, lon=-84.10903,
        description="Community center with offices, a dining hall and a large parking lot.",
        transportation="Route 15 stops at Kestrel Drive; free parking.",
        access=("Step-free entrance and accessible restrooms.", None),
        hours=[(WEEKDAYS, "09:00", "17:00")],
    ),
    "tap-office": dict(
        org="tap",
        name="Sycamore Falls Tenant Advocacy Project",
        address=("505 Ransom Avenue", None, "45405"),
        lat=39.79049, lon=-84.21702,
        description="Storefront office with private counseling rooms.",
        transportation="Route 5 stops at Ransom Avenue and Weaver Street.",
        access=("Step-free storefront entrance.", None),
    ),
    "cg-center": dict(
        org="cg",
        name="Casa Girasol Family Center",
        address=("2120 Cobbler Lane", None, "45417"),
        lat=39.73598, lon=-84.27203,
        description="Family center with a playroom, a meeting room and the baby supply bank.",
        transportation="Route 2 stops at Cobbler Lane and Underhill Street.",
        access=("Step-free entrance with space for strollers inside.", None),
    ),
}

# --------------------------------------------------------------------------------------------
# Services
# --------------------------------------------------------------------------------------------

FREE = [("Free", 0, "No charge")]
NO_ID = "no_id_required"
NO_SSN = "no_ssn_required"
REQUIREMENTS = {
    NO_ID: "No ID required",
    NO_SSN: "No Social Security number required",
}


def W(days, opens, closes, **kw):
    """A weekly schedule entry."""
    return dict(freq="WEEKLY", byday=days, opens=opens, closes=closes, **kw)


def M(days, opens, closes, **kw):
    """A monthly schedule entry, e.g. M("2SA", ...) for the second Saturday."""
    return dict(freq="MONTHLY", byday=days, opens=opens, closes=closes, **kw)


SERVICES = [
    # ---------------------------------------------------------------- Puentes (legal aid)
    dict(
        key="puentes-consult",
        org="puentes",
        program="puentes-legal",
        name="Free Immigration Legal Consultations",
        alternate_name="Consultas legales de inmigración gratuitas",
        description="A one-hour private meeting with a DOJ-accredited representative or an "
        "attorney to review your situation and explain your options. Bring any papers you "
        "have from immigration, the courts or the police. If Puentes can take your case, "
        "staff explain the next steps and any costs before you decide.",
        path="/consultations",
        email="intake@puentes.example",
        application_process="Appointment: call the intake line Monday to Friday. People who "
        "are detained or have a court date within 30 days are seen the same week.",
        eligibility="People who live in Ashgrove County or a neighboring county. Priority for "
        "households with incomes under 200% of the federal poverty guidelines.",
        accreditations="DOJ-recognized organization (EOIR Recognition and Accreditation "
        "Program). Consultations are given by DOJ-accredited representatives or licensed "
        "attorneys.",
        wait_time="Usually one to two weeks for a first appointment.",
        interpretation="Staff speak Spanish, French, Haitian Creole and Portuguese; phone "
        "interpreters for any other language at no cost.",
        schedules=[W(WEEKDAYS, "09:00", "12:00"), W(WEEKDAYS, "13:00", "17:00")],
        at=["puentes-office"],
        languages=["en", "es", "fr", "ht", "pt", ("mam", "Interpreter on Tuesdays")],
        cost=FREE,
        documents=["Any letters or notices from USCIS, the immigration court or ICE",
                   "Passport or other identity documents, if you have them"],
        requirements=[NO_SSN],
        terms=[1381, 1375],
        phones=[(2, "voice", "Intake line", ["es", "fr", "ht"])],
        contacts=[("Intake Coordinator", "Legal Services", "intake@puentes.example")],
    ),
    dict(
        key="puentes-removal",
        org="puentes",
        program="puentes-legal",
        name="Deportation Defense (Removal Defense) Representation",
        alternate_name="Defensa contra la deportación",
        description="Full legal representation in immigration court for people facing "
        "deportation (removal proceedings), including bond hearings for people who are "
        "detained. Cases are accepted after a consultation, based on the facts of the case "
        "and staff capacity.",
        path="/removal-defense",
        email="intake@puentes.example",
        application_process="By referral after a free consultation. Family members of a "
        "detained person can call the intake line during office hours.",
        eligibility="People with a case in immigration court in Ohio who live in Ashgrove "
        "County or are detained in the region.",
        accreditations="Represented by staff attorneys and DOJ-accredited representatives "
        "(full accreditation) of a DOJ-recognized organization.",
        fees_description="Free for households under 200% of the federal poverty guidelines. "
        "Others pay a reduced flat fee, with payment plans.",
        schedules=[W(WEEKDAYS, "08:30", "17:30")],
        at=["puentes-office"],
        languages=["en", "es", "fr", "ht", "pt"],
        cost=[("Free", 0, "For households under 200% of the federal poverty guidelines"),
              ("Reduced flat fee", 500, "For households above the income limit; payment "
               "plans available")],
        documents=["Notice to Appear and any other court papers",
                   "Any papers from a detention center or ICE"],
        terms=[1389, 1381],
        phones=[(2, "voice", "Intake line", ["es", "fr", "ht"])],
    ),
    dict(
        key="puentes-daca",
        org="puentes",
        program="puentes-legal",
        name="DACA Renewal Help",
        alternate_name="Renovación de DACA",
        description="Help preparing and filing DACA renewal requests, including a check for "
        "anything that has changed since your last renewal. Staff also screen every DACA "
        "recipient for other, longer-lasting options.",
        path="/daca",
        email="intake@puentes.example",
        application_process="Walk-in on Thursday afternoons, or call for an appointment. "
        "Start 150 to 120 days before your current DACA expires.",
        fees_description="Puentes' help is free. The government filing fee is paid to USCIS; "
        "ask about local scholarships that can cover it.",
        schedules=[W("TH", "13:00", "17:00", attending="In person, walk-in")],
        at=["puentes-office"],
        languages=["en", "es", "pt"],
        cost=FREE,
        documents=["Your current work permit (EAD) and your last DACA approval notice",
                   "A copy of your last renewal request, if you have it",
                   "Any arrest or court records since your last renewal"],
        terms=[1381, 1293],
    ),
    dict(
        key="puentes-family",
        org="puentes",
        program="puentes-legal",
        name="Family Petitions and Green Card Applications",
        description="Help for families applying for a green card (permanent residence) "
        "through a relative, renewing or replacing a green card, and removing conditions on "
        "residence. Staff prepare the forms, review your evidence and get you ready for the "
        "interview.",
        path="/family",
        email="intake@puentes.example",
        application_process="Appointment after a free consultation.",
        fees_description="Sliding-scale fee based on household income, from $75 to $400 per "
        "application; waived for the lowest incomes. Government filing fees are separate.",
        schedules=[W("TU,WE,TH", "09:00", "16:00")],
        at=["puentes-office"],
        languages=["en", "es", "fr", "ht", "pt"],
        cost=[("Sliding scale", 75, "$75 to $400 per application depending on household "
               "income; waived for the lowest incomes")],
        documents=["Birth and marriage certificates, with English translations",
                   "Proof that your relative is a U.S. citizen or green card holder",
                   "Income documents for the affidavit of support (tax returns, pay stubs)"],
        terms=[1381, 1293],
    ),
    dict(
        key="puentes-kyr",
        org="puentes",
        name="Know Your Rights Workshops",
        alternate_name="Talleres Conozca sus Derechos",
        description="One-hour community workshops on what to do if immigration agents come "
        "to your home, workplace or car, how to make a family safety plan, and how to avoid "
        "immigration fraud (\"notario\" scams). Everyone receives a rights card in their "
        "language. Groups can ask for a workshop at their own site.",
        path="/know-your-rights",
        email="outreach@puentes.example",
        application_process="Walk-in; no registration needed. To request a workshop for "
        "your group, e-mail the outreach team.",
        at=[("sfpl-main", [M("1TH", "18:00", "19:00", dtstart="2026-01-01")],
             "First Thursday of each month in the Main Library Community Room."),
            ("westwood-cc", [M("3SA", "11:00", "12:00", dtstart="2026-01-17")],
             "Third Saturday of each month, in Spanish with English interpretation.")],
        languages=["en", "es", "ar", "uk", ("ht", "Sessions in Haitian Creole are held "
                                                "with Lakou Community Association")],
        cost=FREE,
        requirements=[NO_ID, NO_SSN],
        terms=[1382, 1381],
        phones=[(38, "voice", "Community outreach", ["es"])],
        contacts=[("Community Education Manager", "Outreach", "outreach@puentes.example")],
    ),
    dict(
        key="puentes-screening",
        org="puentes",
        name="Saturday Immigration Legal Screening Clinic",
        alternate_name="Clínica legal de los sábados",
        description="A free walk-in clinic where volunteer attorneys and accredited "
        "representatives screen you for immigration options in about 30 minutes. You leave "
        "with a written summary of possible options and, if needed, a referral for full "
        "representation. Bring any immigration papers you have; no ID is needed.",
        path="/saturday-clinic",
        email="intake@puentes.example",
        application_process="Walk-in. Sign in at the Community Room on the lower level of "
        "the Main Library; people are seen in order of arrival.",
        accreditations="Run by a DOJ-recognized organization with volunteer attorneys.",
        at=[("sfpl-main", [M("2SA", "10:00", "14:00", dtstart="2026-01-10",
                             notes="Last sign-in at 13:15.")],
             "Second Saturday of each month, Community Room, lower level.")],
        languages=["en", "es", "fr", "ht", "ar", "uk", "ru", "zh", "vi"],
        interpretation="Volunteer interpreters for the listed languages; phone interpreters "
        "for any other language.",
        cost=FREE,
        requirements=[NO_ID, NO_SSN],
        terms=[1381, 1375],
        capacities=[("consultation", "Consultation", 40, 40,
                     "Walk-in consultation places at each clinic")],
    ),
    # ---------------------------------------------------------------- Law school clinic
    dict(
        key="sfu-asylum",
        org="sfu-law",
        name="Asylum and Humanitarian Protection Clinic",
        alternate_name="Law School Immigration and Human Rights Clinic",
        description="Law students, supervised by experienced immigration faculty, represent "
        "people applying for asylum, Special Immigrant Juvenile Status and other "
        "humanitarian protection. Each student team works closely with one client for a "
        "semester or longer. Representation is free.",
        path="/immigration",
        email="immclinic@law.sfu.example",
        application_process="By referral or phone intake. The clinic reviews requests at "
        "the start of each semester and has a limited number of places.",
        eligibility="People in Ashgrove County who cannot afford a private lawyer. The "
        "clinic chooses cases that fit its teaching calendar.",
        schedules=[W("TU,TH", "10:00", "16:00", valid_from="2026-08-24",
                     valid_to="2026-12-11", description="Fall semester"),
                   W("TU,TH", "10:00", "16:00", valid_from="2027-01-11",
                     valid_to="2027-04-30", description="Spring semester")],
        schedule_notes="The clinic is closed between semesters and in the summer; messages "
        "are answered when it reopens.",
        at=["sfu-law"],
        languages=["en", "es", "fr"],
        interpretation="Professional interpreters for any language at no cost to the client.",
        cost=FREE,
        terms=[1389, 1381],
    ),
    dict(
        key="sfu-survivors",
        org="sfu-law",
        name="U Visa, T Visa and VAWA Petitions Clinic",
        description="Free help for survivors of crime, human trafficking or domestic "
        "violence who may qualify for immigration protection, such as a U visa, T visa or a "
        "VAWA self-petition. Students and faculty prepare the petition, gather evidence and "
        "work with victim advocates. Everything you share is confidential.",
        path="/survivors",
        email="immclinic@law.sfu.example",
        application_process="Referral from Safe Harbor Ashgrove or another victim service "
        "agency, or call the clinic office.",
        schedules=[W("MO,WE", "13:00", "17:00", valid_from="2026-08-24",
                     valid_to="2027-04-30",
                     notes="Closed during university breaks.")],
        at=["sfu-law"],
        languages=["en", "es"],
        interpretation="Professional interpreters for any language at no cost to the client.",
        cost=FREE,
        terms=[1381, 1124],
    ),
    # ---------------------------------------------------------------- Bar association
    dict(
        key="acba-referral",
        org="acba",
        name="Pro Bono Immigration Attorney Referral",
        alternate_name="Volunteer Lawyers Project",
        description="The Volunteer Lawyers Project matches people with low incomes with "
        "volunteer attorneys who take immigration cases pro bono (free of charge), such as "
        "green card applications, naturalization and asylum. Intake staff first check income "
        "and the type of case, then look for an available lawyer. There may be a waiting "
        "list.",
        path="/volunteer-lawyers",
        email="vlp@ashgrovebar.example",
        application_process="Phone intake on Monday, Wednesday and Friday mornings; it takes "
        "about 20 minutes.",
        eligibility="Household income up to 200% of the federal poverty guidelines; residents "
        "of Ashgrove County.",
        wait_time="Two to eight weeks to be matched with a lawyer, depending on the case.",
        schedules=[W("MO,WE,FR", "09:00", "12:00", attending="Phone intake")],
        at=["acba-office"],
        languages=["en", "es"],
        interpretation="Phone interpreters for any language.",
        cost=FREE,
        documents=["Proof of household income (pay stubs, benefit letters, or a signed "
                   "statement if you are paid in cash)"],
        terms=[1389, 1381],
        phones=[(5, "voice", "Volunteer Lawyers Project intake", ["es"])],
    ),
    dict(
        key="acba-ask",
        org="acba",
        name="Ask-a-Lawyer Evening Clinic",
        description="Free 20-minute conversations with a volunteer lawyer about any civil "
        "legal question: immigration, housing, work, family or consumer problems. Lawyers "
        "give advice but do not take cases at the clinic. Interpreters are available.",
        path="/ask-a-lawyer",
        email="vlp@ashgrovebar.example",
        application_process="Walk-in. Sign-in starts 30 minutes before the clinic; people "
        "are seen in order of arrival.",
        at=[("sfpl-main", [M("3WE", "17:30", "19:30", dtstart="2026-01-21")],
             "Third Wednesday of each month, Community Room.")],
        languages=["en", "es", "ar"],
        cost=FREE,
        requirements=[NO_ID],
        terms=[1375, 1386, 1142],
    ),
    # ---------------------------------------------------------------- Public library
    dict(
        key="sfpl-conversation",
        org="sfpl",
        name="English Conversation Circles",
        alternate_name="Círculos de conversación en inglés",
        description="Practice speaking English in a relaxed group led by trained library "
        "volunteers. Each circle talks about everyday topics like shopping, doctor visits "
        "and work. All levels are welcome, and you can join any week.",
        path="/conversation",
        email="ask@sfpl.example",
        application_process="Walk-in. No registration or library card needed.",
        schedules=[W("TU,TH", "10:00", "11:30"), W("SA", "10:30", "12:00")],
        at=["sfpl-main"],
        languages=["en", "es", "zh"],
        cost=FREE,
        requirements=[NO_ID],
        terms=[1326],
    ),
    dict(
        key="sfpl-civics",
        org="sfpl",
        name="Citizenship Corner and Civics Study Group",
        description="A weekly study group for people preparing for the U.S. citizenship "
        "test. Volunteers help you practice the civics questions, reading and writing in "
        "English, and the interview. The library's Citizenship Corner also lends study "
        "guides, flash cards and practice recordings.",
        path="/citizenship",
        email="ask@sfpl.example",
        application_process="Walk-in.",
        schedules=[W("WE", "18:00", "19:30")],
        at=["sfpl-main"],
        languages=["en", "es", "vi", "ne"],
        cost=FREE,
        terms=[1346, 1326],
    ),
    dict(
        key="sfpl-eastgate-esl",
        org="sfpl",
        name="Eastgate Branch ESL Conversation Circle",
        description="A friendly English conversation group at the Eastgate Branch for adults "
        "at beginner and intermediate levels. Volunteers lead small-group practice and help "
        "with library resources.",
        path="/branches/eastgate",
        email="ask@sfpl.example",
        status="temporarily closed",
        alert="The Eastgate Branch is closed for renovation until spring 2027. Until then, "
        "join the English Conversation Circles at the Main Library (Tuesdays and Thursdays "
        "at 10:00, Saturdays at 10:30).",
        application_process="Walk-in when the branch reopens.",
        schedules=[W("MO,WE", "13:00", "14:30")],
        at=["sfpl-eastgate"],
        languages=["en", "vi", "ne", "my"],
        cost=FREE,
        terms=[1326],
    ),
    dict(
        key="sfpl-digital",
        org="sfpl",
        name="Free Computer and Digital Skills Classes",
        description="Hands-on classes on using a computer and a smartphone, setting up an "
        "e-mail account, filling in online job applications and staying safe online. "
        "Classes go slowly, in small groups, and some sessions are taught in Spanish.",
        path="/digital-skills",
        email="ask@sfpl.example",
        application_process="Register at a service desk or by phone; walk-ins are welcome "
        "if seats are free.",
        at=[("sfpl-northridge", [W("MO", "14:00", "15:30")], "Computer lab."),
            ("sfpl-main", [W("SA", "13:00", "14:30",
                             description="Saturdays, 1:00 p.m. to 2:30 p.m., in Spanish")],
             "Second-floor training room.")],
        languages=["en", "es"],
        cost=FREE,
        terms=[1351, 1352],
    ),
    # ---------------------------------------------------------------- Millrace Literacy (ESL)
    dict(
        key="mlp-day",
        org="mlp",
        program="mlp-english",
        name="Daytime ESL Classes",
        alternate_name="Clases de inglés por la mañana",
        description="Free English classes for adults at six levels, from beginners who have "
        "never studied English to advanced learners. Classes meet four mornings a week, and "
        "free childcare for children aged 2 to 5 is offered on site. New students take a "
        "short placement test.",
        path="/day",
        email="classes@millraceliteracy.example",
        application_process="Register in person at the Learning Center (Monday to Thursday, "
        "8:30 to 13:00) for a placement test. New classes start every eight weeks.",
        eligibility="Adults 18 and older.",
        min_age=18,
        schedules=[W("MO,TU,WE,TH", "09:30", "12:00")],
        at=["mlp-center"],
        languages=["en", "es", "ar", "prs", "so", "sw"],
        interpretation="Staff who speak the listed languages help at registration.",
        cost=FREE,
        requirements=[NO_ID, NO_SSN],
        terms=[1326, 1350],
    ),
    dict(
        key="mlp-evening",
        org="mlp",
        program="mlp-english",
        name="Evening ESL Classes",
        description="English classes for working adults, two evenings a week at the Westwood "
        "Community Center. Lessons focus on English for work, health care and your "
        "children's school. Light snacks are provided.",
        path="/evening",
        email="classes@millraceliteracy.example",
        application_process="Come to the first class of any term for a placement test, or "
        "call to register.",
        eligibility="Adults and teenagers 16 and older who are not enrolled in high school.",
        min_age=16,
        fees_description="Classes are free. A $20 book deposit is returned at the end of "
        "the term.",
        at=[("westwood-cc", [W("MO,WE", "18:00", "20:30")], "Meeting rooms A and B.")],
        languages=["en", "es", "ar", "mam"],
        cost=FREE + [("Book deposit", 20, "Refunded when you return the book")],
        requirements=[NO_ID],
        terms=[1326],
    ),
    dict(
        key="mlp-weekend",
        org="mlp",
        program="mlp-english",
        name="Saturday ESL Classes",
        description="A three-hour Saturday morning class for adults who cannot attend on "
        "weekdays. Each class combines grammar, listening and conversation practice, with an "
        "optional citizenship reading and writing group in the last hour.",
        path="/saturday",
        email="classes@millraceliteracy.example",
        application_process="Walk in on any Saturday at 8:30 for a placement test.",
        min_age=18,
        schedules=[W("SA", "09:00", "12:00")],
        at=["mlp-center"],
        languages=["en", "es", "ht", "uk"],
        cost=FREE,
        requirements=[NO_ID],
        terms=[1326, 1346],
    ),
    dict(
        key="mlp-online",
        org="mlp",
        program="mlp-english",
        name="Online ESL Classes",
        description="Live English classes on video for adults who cannot travel to a "
        "classroom. Students join from a phone, tablet or computer, and the program lends "
        "tablets with internet access to students who need them. Classes are small and keep "
        "the same teacher all term.",
        path="/online",
        email="classes@millraceliteracy.example",
        application_process="Register by phone or online; a short orientation call checks "
        "your English level and your device.",
        min_age=18,
        at=[("mlp-online", [W("TU,TH", "19:00", "20:30", attending="Online"),
                            W("SU", "16:00", "17:30", attending="Online")],
             "Classes on video; links are sent after registration.")],
        areas=[("State of Ohio", "Open to adults living anywhere in Ohio.")],
        languages=["en", "es", "uk", "ru", "ar"],
        cost=FREE,
        requirements=[NO_ID, NO_SSN],
        terms=[1326],
    ),
    # ---------------------------------------------------------------- Community college
    dict(
        key="acc-iep",
        org="acc",
        name="Intensive English Program",
        alternate_name="English for Academic Purposes",
        description="College English courses for adults who plan to study, train for a "
        "career or improve their English for work. The program has five levels, from high "
        "beginner to advanced academic writing, and the credits count toward certificates "
        "and degrees. Classes run in the day and in the evening on the main campus.",
        path="/english",
        email="globallearners@ashgrove-cc.example",
        application_process="Apply online, then take the free English placement test at "
        "the Testing Center (walk-in, Monday to Friday).",
        fees_description="Tuition is charged per credit hour. Financial aid and the Global "
        "Learners Scholarship can cover part or all of the cost.",
        schedules=[W("MO,TU,WE,TH", "09:00", "12:00", description="Day sections"),
                   W("MO,WE", "18:00", "21:00", description="Evening sections")],
        at=["acc-campus"],
        languages=["en", "es", "ar", "zh"],
        cost=[("In-county tuition", 138, "Per credit hour"),
              ("Out-of-county tuition", 214, "Per credit hour")],
        documents=["Proof of Ashgrove County address for in-county tuition",
                   "Secondary school diploma from any country, for credit programs"],
        terms=[1326],
        phones=[(11, "voice", "Testing Center", [])],
    ),
    dict(
        key="acc-bridge",
        org="acc",
        name="Health Careers Bridge for Internationally Trained Professionals",
        alternate_name="Credential bridge program for health professionals",
        description="A two-semester program for nurses, doctors, pharmacists and other "
        "health workers trained abroad. It combines English for health care, preparation "
        "for U.S. licensing exams and help having foreign credentials evaluated, with paid "
        "clinical placements at local hospitals.",
        path="/health-bridge",
        email="globallearners@ashgrove-cc.example",
        application_process="Apply by e-mail or at a monthly information session; admission "
        "includes an interview and an English assessment.",
        eligibility="Adults with health care education or work experience from another "
        "country and intermediate English or higher.",
        fees_description="Free: tuition, exam fees and evaluation fees are paid by a "
        "workforce grant.",
        schedules=[W("MO,WE", "17:30", "20:30")],
        at=["acc-campus"],
        languages=["en", "es", "ar", "fa", "uk"],
        cost=FREE,
        documents=["Diplomas and transcripts from your home country (copies)",
                   "Professional license or registration from your home country, if any"],
        terms=[1372, 1371, 1358],
    ),
    # ---------------------------------------------------------------- Community health
    dict(
        key="bfh-primary",
        org="bfh",
        name="Primary Care for Adults and Children",
        alternate_name="Atención médica primaria",
        description="Check-ups, sick visits, vaccines, care for long-term conditions such as "
        "diabetes, and lab tests for the whole family. Doctors and nurse practitioners work "
        "with on-site interpreters and community health workers. Everyone is welcome, with "
        "or without insurance.",
        path="/primary-care",
        email="appointments@birchcombehealth.example",
        application_process="Call for an appointment; same-day sick visits are available "
        "each morning.",
        eligibility="Everyone. No insurance is needed.",
        fees_description="Medicaid, Medicare and most private insurance accepted. Without "
        "insurance you pay a sliding-scale fee based on household income and size; nobody "
        "is turned away for inability to pay.",
        schedules=[W("MO,TU,WE,FR", "08:00", "17:00"), W("TH", "08:00", "19:00"),
                   W("SA", "09:00", "13:00")],
        at=["bfh-main"],
        languages=["en", "es", "ar", "vi", "ne", "so", "fr"],
        interpretation="On-site interpreters for the listed languages; video interpreters "
        "for all others, including American Sign Language.",
        cost=[("Sliding scale", 20, "$20 to $60 per visit depending on household income "
               "and size"),
              ("Insurance accepted", None, "Medicaid, Medicare and most private plans")],
        documents=["Proof of household income for the sliding scale (pay stubs, an "
                   "employer letter, or a signed self-declaration)"],
        requirements=[NO_SSN],
        terms=[1206, 1201, 1210],
    ),
    dict(
        key="bfh-prenatal",
        org="bfh",
        name="Prenatal and Maternity Care",
        description="Pregnancy tests, prenatal visits, ultrasounds, childbirth classes and "
        "care after birth, with a team of nurse-midwives and doctors. A care coordinator "
        "helps pregnant patients apply for Medicaid or other coverage. Care is the same "
        "whether you have insurance or not.",
        path="/pregnancy",
        email="appointments@birchcombehealth.example",
        application_process="Call for a first appointment, ideally in the first three "
        "months of pregnancy. Walk-in pregnancy tests Monday to Friday mornings.",
        schedules=[W("MO,WE,FR", "08:30", "16:30")],
        at=["bfh-northside"],
        languages=["en", "es", "ar", "fr", "ht"],
        cost=[("Sliding scale", 0, "$0 to $40 per visit; most patients qualify for "
               "pregnancy Medicaid")],
        requirements=[NO_SSN],
        terms=[1217, 1215, 1201],
    ),
    dict(
        key="bfh-dental",
        org="bfh",
        name="Community Dental Clinic",
        description="Cleanings, fillings, extractions and dental emergencies for children "
        "and adults. Sealant clinics for school-age children run during school breaks. "
        "Sliding-scale fees apply to patients without dental insurance.",
        path="/dental",
        email="appointments@birchcombehealth.example",
        application_process="Appointment. Emergency slots (pain or swelling) are kept each "
        "morning; call at 7:30.",
        schedules=[W("MO,TU,TH", "07:30", "16:00"), W("WE", "11:00", "19:00")],
        at=["bfh-northside"],
        languages=["en", "es", "ar", "vi"],
        cost=[("Sliding scale", 25, "$25 to $80 per visit; dentures and crowns cost extra")],
        documents=["Proof of household income for the sliding scale"],
        terms=[1184, 1201],
    ),
    dict(
        key="bfh-enrollment",
        org="bfh",
        name="Health Insurance Enrollment Help",
        description="Certified navigators help you understand and apply for Medicaid, CHIP "
        "for children, Marketplace plans and hospital financial assistance. Help is free "
        "and takes about an hour; bring information on your household income.",
        path="/insurance-help",
        email="appointments@birchcombehealth.example",
        application_process="Appointment by phone; walk-ins on open enrollment Saturdays.",
        schedules=[W(WEEKDAYS, "09:00", "16:00"),
                   W("SA", "10:00", "14:00", valid_from="2026-11-01", valid_to="2027-01-15",
                     description="Open enrollment season")],
        at=["bfh-main"],
        languages=["en", "es", "ar", "vi", "ne"],
        cost=FREE,
        documents=["Income information for everyone in the household",
                   "Social Security numbers only for household members who are applying "
                   "and have one"],
        terms=[1202, 1293],
        phones=[(14, "voice", "Insurance navigators", ["es", "ar"])],
    ),
    dict(
        key="lfc-evening",
        org="lfc",
        name="Evening Free Clinic",
        alternate_name="Clínica gratuita nocturna",
        description="Free walk-in medical care for adults and children without health "
        "insurance, run by volunteer doctors, nurses and interpreters. The clinic treats "
        "common illnesses, checks blood pressure and blood sugar, and gives free medicines "
        "from its pharmacy. No ID, insurance or Social Security number is needed.",
        path="/clinic",
        email="info@lamplightclinic.example",
        application_process="Walk-in. Sign-in opens at 17:00; the clinic sees the first 30 "
        "patients each evening.",
        eligibility="Anyone without health insurance. For emergencies, call 911 or go to a "
        "hospital emergency room.",
        schedules=[W("TU,TH", "17:30", "20:30",
                     notes="Sign-in opens at 17:00; first 30 patients are seen.")],
        at=["lfc-grace"],
        languages=["en", "es", "ar", "fr", "ht"],
        cost=FREE,
        requirements=[NO_ID, NO_SSN],
        terms=[1206, 1210, 1204],
        capacities=[("patient-visit", "Patient visit", 30, 30,
                     "Patients seen each clinic evening")],
    ),
    # ---------------------------------------------------------------- Mental health
    dict(
        key="tmc-counseling",
        org="tmc",
        name="Individual Counseling in Your Language",
        description="Talk therapy with a licensed counselor who speaks your language, for "
        "stress, anxiety, depression, grief and trauma. Counselors understand the pressures "
        "of migration and family separation. Sessions are private and are not shared with "
        "any government agency.",
        path="/counseling",
        email="intake@tamarackcounseling.example",
        application_process="Call or e-mail to ask for an intake appointment; a counselor "
        "who speaks your language calls you back within three working days.",
        eligibility="People aged 13 and older in Ashgrove County.",
        min_age=13,
        schedules=[W("MO,TU,WE,TH", "09:00", "19:00"), W("FR", "09:00", "15:00")],
        at=["tmc-office"],
        languages=["en", "es", "ar", "prs", "fa", "ps", "uk", "ru", "so", "tr"],
        cost=[("Sliding scale", 0, "$0 to $40 per session based on income; Medicaid "
               "accepted")],
        requirements=[NO_SSN],
        terms=[1220, 1214],
        contacts=[("Intake Coordinator", "Clinical services",
                   "intake@tamarackcounseling.example")],
    ),
    dict(
        key="tmc-groups",
        org="tmc",
        name="Newcomer Support Groups",
        description="Free weekly groups where people who have moved to the US share "
        "experiences and learn ways to cope with stress, loneliness and change. Each group "
        "meets in one language and is led by a trained facilitator. Tea and child care are "
        "provided.",
        path="/groups",
        email="intake@tamarackcounseling.example",
        application_process="Call to join; you can come to your first group before "
        "registering.",
        schedules=[W("WE", "10:00", "11:30", description="Arabic-speaking women's group"),
                   W("TH", "18:00", "19:30", description="Spanish-speaking group"),
                   W("SA", "11:00", "12:30",
                     description="Ukrainian- and Russian-speaking group")],
        at=["tmc-office"],
        languages=["ar", "es", "uk", "ru"],
        cost=FREE,
        requirements=[NO_ID],
        terms=[1312, 1340],
    ),
    dict(
        key="tmc-telehealth",
        org="tmc",
        name="Telehealth Counseling",
        description="Counseling by secure video or phone for people who cannot come to the "
        "office, with the same counselors and languages as in-person care. You need a "
        "private place to talk; a tablet can be lent for the first sessions.",
        path="/telehealth",
        email="intake@tamarackcounseling.example",
        application_process="Call or e-mail for an intake appointment.",
        min_age=13,
        at=[("tmc-online", [W(WEEKDAYS, "08:00", "20:00", attending="Online or phone")],
             "Secure video link sent before each session.")],
        areas=[("State of Ohio", "Counselors are licensed in Ohio and can see clients "
                "anywhere in the state.")],
        languages=["en", "es", "ar", "prs", "ps", "uk"],
        cost=[("Sliding scale", 0, "$0 to $40 per session based on income; Medicaid "
               "accepted")],
        terms=[1220, 1316],
    ),
    # ---------------------------------------------------------------- Food
    dict(
        key="svfb-mobile",
        org="svfb",
        name="Mobile Food Pantry",
        alternate_name="Despensa móvil",
        description="A food bank truck brings fresh produce, dairy, bread and shelf-stable "
        "food to neighborhoods across the city every month. Food is given out drive-through "
        "and walk-up style while it lasts. No ID, proof of income or registration is "
        "needed.",
        path="/mobile-pantry",
        email="help@svfoodbank.example",
        application_process="Walk-in (or drive through). Bring bags or boxes if you can.",
        at=[("westwood-cc", [M("2SA", "09:00", "11:00", dtstart="2026-01-10")],
             "Westwood Community Center parking lot."),
            ("northridge-rc", [M("4TH", "16:00", "18:00", dtstart="2026-01-22")],
             "East parking lot."),
            ("pacc-center", [M("-1TU", "15:00", "17:00", dtstart="2026-01-27")],
             "Center parking lot.")],
        languages=["en", "es", "ar", "ne"],
        cost=FREE,
        requirements=[NO_ID, NO_SSN],
        terms=[1130, 1128],
        capacities=[("household", "Household", 250, 250,
                     "Households served at each distribution")],
    ),
    dict(
        key="svfb-snap",
        org="svfb",
        name="SNAP and WIC Application Help",
        description="Benefit specialists help you check whether your household can get SNAP "
        "(food stamps) or WIC, fill in the application and prepare for the interview. In "
        "families where only some members qualify, they explain how to apply for those "
        "members alone. Help is free and private.",
        path="/benefits",
        email="help@svfoodbank.example",
        application_process="Call the benefits line or walk in Monday to Friday.",
        schedules=[W(WEEKDAYS, "09:00", "16:00")],
        at=["svfb-hq"],
        languages=["en", "es", "ar", "vi"],
        cost=FREE,
        documents=["Proof of income for the last 30 days",
                   "Rent or mortgage statement and utility bills",
                   "Social Security numbers only for household members who are applying"],
        terms=[1133, 1293],
        phones=[(18, "voice", "Benefits line", ["es", "ar", "vi"])],
    ),
    dict(
        key="nnfp-pantry",
        org="nnfp",
        name="Weekly Choice Food Pantry",
        description="Choose your own groceries once a week, including fresh produce, eggs, "
        "rice, beans and halal meat when available. Volunteers speak several languages and "
        "can point you to other food programs. Diapers and baby formula are available on "
        "Saturdays.",
        path="/pantry",
        email="northsideneighbors@example.org",
        application_process="Walk-in. You are asked only for your ZIP code and the number of "
        "people in your household.",
        schedules=[W("WE", "14:00", "18:00"), W("SA", "09:00", "12:00")],
        at=["nnfp-hall"],
        languages=["en", "es", "ar", "so", "sw", "ne"],
        cost=FREE,
        requirements=[NO_ID, NO_SSN],
        terms=[1130, 1128],
    ),
    # ---------------------------------------------------------------- Jobs
    dict(
        key="twc-jobs",
        org="twc",
        name="Job Search and Placement Help",
        description="Career coaches help you write a U.S.-style resume, practice interviews "
        "and apply for jobs with local employers who hire immigrants and refugees. A weekly "
        "job club shares openings in warehousing, health care, manufacturing and "
        "hospitality. Services are free.",
        path="/jobs",
        email="jobs@thresholdworks.example",
        application_process="Walk-in on Tuesday mornings for the job club; other days by "
        "appointment.",
        schedules=[W("MO,WE,TH,FR", "09:00", "16:30", description="Coaching by appointment"),
                   W("TU", "09:00", "12:00", description="Walk-in job club")],
        at=["twc-center"],
        languages=["en", "es", "ar", "uk", "ru", "ne", "sw", "fr"],
        cost=FREE,
        documents=["Any resume or list of past jobs you have (in any language)"],
        terms=[1357, 1358, 1354],
    ),
    dict(
        key="twc-credentials",
        org="twc",
        name="Credential Recognition and Career Pathways",
        description="Help for people with degrees, licenses or work experience from other "
        "countries to continue their careers in the US. Advisors explain Ohio licensing "
        "rules for your profession, help you order a credential evaluation and plan the "
        "steps back into your field. Scholarships can cover evaluation fees.",
        path="/credentials",
        email="jobs@thresholdworks.example",
        application_process="Appointment by phone or e-mail.",
        fees_description="Advising is free. Credential evaluation agencies charge $100 to "
        "$250; Threshold scholarships can cover this.",
        schedules=[W("TU,WE,TH", "10:00", "18:00")],
        at=["twc-center"],
        languages=["en", "es", "ar", "uk", "ru", "fa", "fr"],
        cost=FREE,
        documents=["Copies of diplomas, transcripts and professional licenses (originals "
                   "are not needed at the first meeting)"],
        terms=[1371, 1372],
        contacts=[("Career Pathways Advisor", "Employment Services",
                   "jobs@thresholdworks.example")],
    ),
    dict(
        key="twc-rights",
        org="twc",
        name="Workers' Rights and Unpaid Wages Help",
        alternate_name="Derechos laborales y salarios no pagados",
        description="If you were not paid for your work, were paid less than the minimum "
        "wage or were hurt on the job, staff and volunteer lawyers explain your rights and "
        "help you file a wage claim. Wage and safety laws protect every worker in Ohio, "
        "including workers paid in cash.",
        path="/workers-rights",
        email="jobs@thresholdworks.example",
        application_process="Walk-in on Thursday evenings. Bring any pay stubs, texts or "
        "notes of the hours you worked.",
        schedules=[W("TH", "17:00", "20:00")],
        at=["twc-center"],
        languages=["en", "es", "mam", "fr"],
        cost=FREE,
        requirements=[NO_SSN],
        terms=[1386, 1375],
    ),
    # ---------------------------------------------------------------- Small business
    dict(
        key="sfclf-microloans",
        org="sfclf",
        name="Small Business Microloans",
        alternate_name="Microcréditos para pequeños negocios",
        description="Loans from $500 to $50,000 to start or grow a small business such as a "
        "food truck, cleaning company, salon or corner store. Owners can apply with an ITIN "
        "instead of a Social Security number, and a short or foreign credit history is "
        "considered. Every borrower gets free one-on-one business coaching.",
        path="/microloans",
        email="loans@sfclf.example",
        application_process="Appointment with a loan officer; a coach can help you prepare "
        "before you apply.",
        fees_description="No application fee. Loans carry interest (currently 6% to 10% a "
        "year) and a 2% closing fee.",
        schedules=[W(WEEKDAYS, "09:00", "17:00")],
        at=["sfclf-office"],
        languages=["en", "es", "vi", "ar"],
        cost=[("Loan interest and fees", None, "Interest 6% to 10% a year, 2% closing fee, "
               "no application fee")],
        documents=["Photo ID from any country (passport, consular ID or City ID)",
                   "Social Security number or ITIN",
                   "Bank statements for the last three months",
                   "A short business plan (coaches can help you write one)"],
        terms=[1232, 1262],
    ),
    dict(
        key="ona-business",
        org="ona",
        name="Small Business Licensing Navigator",
        alternate_name="Business permit and license help",
        description="One place to get help with city business licenses, zoning checks, "
        "health permits and registering a business with the State of Ohio. A navigator walks "
        "you through each step and books interpreters when needed. Appointments are free, "
        "in person or by phone.",
        path="/business",
        email="business@sycamorefalls.example",
        application_process="Appointment by phone or e-mail; walk-ins when a navigator is "
        "free.",
        schedules=[W(WEEKDAYS, "09:00", "16:00")],
        at=["city-annex"],
        languages=["en", "es", "zh", "ko", "vi", "ar"],
        cost=FREE,
        terms=[1293, 1385],
    ),
    dict(
        key="vusf-vendors",
        org="vusf",
        name="Street Vendor Support and Permit Help",
        alternate_name="Apoyo para vendedores ambulantes",
        description="Help for street vendors and food cart and food truck owners to get "
        "city vending permits, pass health inspections and take the food handler course in "
        "Spanish. Members can sell at the Sorrel Street Night Market and get group discounts "
        "on insurance and equipment.",
        path="/vendors",
        email="info@vendedoresunidos.example",
        application_process="Walk-in on Wednesday evenings at the Mercado office.",
        fees_description="Permit help is free for members. Membership is $25 a year; the "
        "food handler course costs $15.",
        schedules=[W("WE", "17:00", "20:00", description="Vendor help hours"),
                   W("FR,SA", "17:00", "22:00", valid_from="2027-05-07",
                     valid_to="2027-10-30", description="Night Market season")],
        at=["mercado"],
        languages=["es", "en", "mam"],
        cost=[("Annual membership", 25, "Per vendor per year"),
              ("Food handler course", 15, "Per person, taught in Spanish")],
        terms=[1293, 1372],
    ),
    # ---------------------------------------------------------------- Banking and taxes
    dict(
        key="accu-accounts",
        org="accu",
        name="ITIN-Friendly Checking and Savings Accounts",
        alternate_name="Cuentas bancarias con ITIN",
        description="Open a checking and savings account with an ITIN or a passport from any "
        "country; a Social Security number is not required. Accounts have no monthly fee, "
        "a free debit card and low-cost money transfers abroad. Membership starts with a $5 "
        "deposit into your savings account.",
        path="/itin-accounts",
        email="members@ashgrovecommons.example",
        application_process="Walk-in at any branch, or book an appointment with a bilingual "
        "member representative.",
        schedules=[W(WEEKDAYS, "09:00", "17:00"), W("SA", "09:00", "12:00")],
        at=["accu-downtown", "accu-fenwick"],
        languages=["en", "es", "vi", "zh", "tl", "ar"],
        cost=[("Membership savings deposit", 5, "Stays in your savings account and is "
               "returned when you close it")],
        documents=["A photo ID: passport from any country, consular ID, City ID or a U.S. "
                   "ID", "ITIN letter or Social Security number",
                   "Proof of address, such as a bill or lease (the City ID counts)"],
        requirements=[NO_SSN],
        terms=[1266, 1262],
    ),
    dict(
        key="accu-coaching",
        org="accu",
        name="Free Financial Coaching",
        description="One-on-one sessions with a certified financial coach to make a budget, "
        "build or repair credit, pay down debt and save for goals like a home or a business. "
        "Coaching is free for everyone, members or not, in person, by phone or by video.",
        path="/coaching",
        email="members@ashgrovecommons.example",
        application_process="Appointment by phone or online.",
        schedules=[W("TU,TH", "12:00", "19:00")],
        at=["accu-fenwick"],
        languages=["en", "es", "vi"],
        cost=FREE,
        terms=[1262, 1263],
        phones=[(26, "voice", "Financial coaching appointments", ["es", "vi"])],
    ),
    dict(
        key="acuf-vita",
        org="acuf",
        name="Free Tax Preparation (VITA)",
        alternate_name="VITA: Volunteer Income Tax Assistance",
        description="IRS-certified volunteers prepare and e-file federal and Ohio tax "
        "returns for free for households earning about $67,000 a year or less. Volunteers "
        "prepare returns for people who file with an ITIN and help first-time filers apply "
        "for an ITIN with their return. Bring all your tax documents to one visit.",
        path="/vita",
        email="taxhelp@ashgroveunitedfund.example",
        application_process="Walk-in on Saturdays; appointments on weekday evenings. Arrive "
        "at least one hour before closing.",
        eligibility="Households with income of about $67,000 or less in 2026.",
        schedules=[W("TU,TH", "16:00", "20:00", valid_from="2027-01-25",
                     valid_to="2027-04-15", description="Tax season (appointments)"),
                   W("SA", "09:00", "14:00", valid_from="2027-01-25", valid_to="2027-04-15",
                     description="Tax season (walk-in)")],
        at=["accu-downtown", "sfpl-main"],
        languages=["en", "es", "vi", "zh", "ar"],
        cost=FREE,
        documents=["Photo ID for you and your spouse",
                   "Social Security cards or ITIN letters for everyone on the return "
                   "(or passports, for ITIN applications)",
                   "W-2, 1099 and other income forms, and last year's return",
                   "Bank account and routing number for direct deposit"],
        terms=[1270],
    ),
    # ---------------------------------------------------------------- Citizenship
    dict(
        key="cb-workshop",
        org="cb",
        program="cb-naturalization",
        name="Citizenship Application Workshops (N-400)",
        alternate_name="Talleres de ciudadanía",
        description="Monthly workshops where trained volunteers help you complete the N-400 "
        "application for U.S. citizenship, and attorneys from Puentes Immigrant Legal Center "
        "review every application before it is filed. Volunteers also check whether you can "
        "get a fee waiver or a reduced fee. Plan to stay about three hours.",
        path="/workshops",
        email="hello@citizenshipbridge.example",
        application_process="Pre-register by phone so we can screen you first; walk-ins are "
        "welcome if space allows.",
        eligibility="Green card holders who have had their card for at least five years, or "
        "three years if married to a U.S. citizen.",
        at=[("acc-campus", [M("3SA", "09:00", "13:00", dtstart="2026-01-17")],
             "Student Commons, Building 3, first floor.")],
        languages=["en", "es", "vi", "zh", "ar", "ne", "fr", "ht"],
        cost=FREE,
        documents=["Your green card (front and back)",
                   "Dates of all trips outside the US in the last five years",
                   "Home addresses and employers for the last five years",
                   "Any arrest or court records",
                   "Proof of income or benefits if you want a fee waiver"],
        terms=[1381, 1293],
    ),
    dict(
        key="cb-feewaiver",
        org="cb",
        program="cb-naturalization",
        name="Citizenship Fee Waiver Help",
        description="The government fee for a citizenship application is high, but many "
        "people can pay less or nothing. Volunteers check whether you qualify for a fee "
        "waiver or a reduced fee based on your income or benefits and help you gather the "
        "proof. Appointments take about 45 minutes.",
        path="/fee-waiver",
        email="hello@citizenshipbridge.example",
        application_process="Appointment by phone or e-mail.",
        schedules=[W("TU,TH", "10:00", "14:00")],
        at=["cb-office"],
        languages=["en", "es", "vi", "ar"],
        cost=FREE,
        documents=["Benefit award letter (for example SNAP or Medicaid) if you receive one",
                   "Last year's tax return or recent pay stubs"],
        terms=[1293, 1381],
    ),
    dict(
        key="cb-civics",
        org="cb",
        program="cb-naturalization",
        name="Civics and Citizenship Interview Classes",
        description="An eight-week class that prepares you for the naturalization "
        "interview: the civics test, reading and writing in English, and practice answering "
        "questions about your application. Classes are small and taught by volunteer "
        "teachers.",
        path="/classes",
        email="hello@citizenshipbridge.example",
        application_process="Register by phone or e-mail; classes fill quickly.",
        schedules=[W("MO,WE", "18:30", "20:00", valid_from="2027-01-11",
                     valid_to="2027-03-03", description="Winter session"),
                   W("MO,WE", "18:30", "20:00", valid_from="2027-03-29",
                     valid_to="2027-05-19", description="Spring session")],
        at=["cb-office"],
        languages=["en", "es", "vi", "ne", "ar"],
        cost=FREE,
        requirements=[NO_ID],
        terms=[1346, 1326],
    ),
    # --------------------------------------------------------------- City: Office of New Americans
    dict(
        key="ona-cityid",
        org="ona",
        name="Sycamore Falls City ID",
        alternate_name="Municipal ID card",
        description="A photo ID card issued by the City to any resident aged 14 or older. It "
        "is accepted by city offices, the police, the public library, Ashgrove Commons Credit "
        "Union and many local businesses, and it also works as a library card and a transit "
        "discount card. The application asks only about your identity and address, and the "
        "City does not keep copies of your documents.",
        path="/cityid",
        email="cityid@sycamorefalls.example",
        application_process="Walk-in or book an appointment online. Cards are printed while "
        "you wait.",
        eligibility="Residents of Sycamore Falls aged 14 and older.",
        min_age=14,
        schedules=[W(WEEKDAYS, "08:30", "16:30")],
        at=["city-annex",
            ("westwood-cc", [M("1SA", "10:00", "14:00", dtstart="2026-01-03")],
             "Pop-up enrollment on the first Saturday of each month.")],
        languages=["en", "es", "ar", "fr", "zh", "vi", "ne"],
        cost=[("Adult card", 10, "Ages 18 to 61"),
              ("Reduced fee", 5, "Ages 14 to 17 and 62 and older"),
              ("Free", 0, "For people experiencing homelessness and survivors of domestic "
               "violence")],
        documents=["Proof of identity with a photo: a passport from any country, a consular "
                   "ID card, or a U.S. or foreign driver's license",
                   "Proof that you live in Sycamore Falls: a lease, utility bill, bank "
                   "statement, or a letter from a shelter or nonprofit"],
        requirements=[NO_SSN],
        terms=[1384, 1385],
        phones=[(23, "voice", "City ID appointments", ["es", "ar"])],
    ),
    dict(
        key="ona-academy",
        org="ona",
        name="New Americans Civic Leadership Academy",
        description="A free ten-week evening course for immigrant and refugee residents who "
        "want to lead in their communities. Participants learn how city government, schools "
        "and elections work, meet elected officials and plan a community project together. "
        "Dinner, child care and interpretation are provided.",
        path="/academy",
        email="newamericans@sycamorefalls.example",
        application_process="Apply online or on paper by January 8, 2027. About 30 residents "
        "are selected each year.",
        eligibility="Adults 18 and older who live or work in Sycamore Falls. Any level of "
        "English is welcome.",
        min_age=18,
        schedules=[W("TU", "18:00", "20:30", valid_from="2027-02-02", valid_to="2027-04-06",
                     description="Ten-week course")],
        at=["city-annex"],
        languages=["en", "es", "ar", "ne", "fr", "sw"],
        cost=FREE,
        terms=[1385, 1308],
    ),
    dict(
        key="ona-language",
        org="ona",
        name="Free Interpretation for City Services",
        alternate_name="Language Access Line",
        description="Residents can ask for a free interpreter when they call or visit any "
        "city department, including water billing, housing inspections and the municipal "
        "court. The Office of New Americans also translates important city notices. Call "
        "the language line and say the name of your language in English.",
        path="/language-access",
        email="newamericans@sycamorefalls.example",
        application_process="Call the language line, or ask for an interpreter at any city "
        "counter.",
        schedules=[W(WEEKDAYS, "08:00", "17:00", attending="Phone or in person")],
        at=["city-annex"],
        languages=["es", "ar", "fr", "ht", "zh", "vi", "ne", "so", "sw", "uk", "ru", "fa",
                   "prs", "ps", "pt", "tl", "ko", "my", "ti", "am", "tr"],
        interpretation="Phone interpreters for more than 200 languages.",
        cost=FREE,
        requirements=[NO_ID],
        terms=[1390],
        phones=[(22, "voice", "Language line", ["es", "ar", "fr", "zh", "vi", "so"])],
    ),
    # ---------------------------------------------------------------- Newcomer services
    dict(
        key="aris-case",
        org="aris",
        name="Newcomer Case Management",
        description="A caseworker helps newly arrived families with their first steps in "
        "Sycamore Falls: applying for benefits, enrolling children in school, health "
        "screenings, bus passes and finding English classes. Caseworkers speak many of the "
        "languages of recently arrived families.",
        path="/case-management",
        email="info@aris.example",
        application_process="Appointment; call the main office. Families referred by a "
        "resettlement program are contacted by ARIS.",
        eligibility="Families who arrived in the United States within the last five years. "
        "Call to learn which programs fit your family.",
        schedules=[W(WEEKDAYS, "08:30", "17:00")],
        at=["aris-office"],
        languages=["en", "ar", "prs", "ps", "uk", "ru", "sw", "so", "my", "ti", "es", "fr"],
        cost=FREE,
        terms=[1292, 1385],
        contacts=[("Intake Caseworker", "Client services", "info@aris.example")],
    ),
    dict(
        key="aris-housing",
        org="aris",
        name="Housing Search Help for Newcomer Families",
        description="Housing specialists help families find safe, affordable apartments, "
        "understand leases and tenant rights, and apply for rental assistance. They work with "
        "landlords who rent to families without a U.S. credit history.",
        path="/housing",
        email="info@aris.example",
        application_process="Appointment through your caseworker or the main office.",
        schedules=[W("MO,TU,TH", "09:00", "16:00")],
        at=["aris-office"],
        languages=["en", "ar", "prs", "uk", "sw", "es"],
        cost=FREE,
        terms=[1136, 1142],
    ),
    dict(
        key="aris-interpretation",
        org="aris",
        name="Interpretation and Document Translation",
        description="Trained interpreters for medical, school and legal appointments, by "
        "phone, by video or in person, and certified translations of documents such as birth "
        "certificates, diplomas and driver's licenses. Interpretation is free for individuals "
        "at community appointments; translation is charged per page.",
        path="/language-services",
        email="info@aris.example",
        application_process="Call at least two working days before your appointment; bring "
        "or e-mail documents for translation.",
        schedules=[W(WEEKDAYS, "08:00", "18:00")],
        at=["aris-office"],
        languages=["ar", "prs", "ps", "fa", "uk", "ru", "so", "sw", "ti", "am", "my", "ne",
                   "fr", "es"],
        cost=[("Free", 0, "Interpretation for individuals at community appointments"),
              ("Certified translation", 25, "Per page")],
        terms=[1390],
        phones=[(30, "voice", "Interpretation requests", [])],
    ),
    dict(
        key="lakou-kyr",
        org="lakou",
        name="Know Your Rights Sessions in Haitian Creole and French",
        alternate_name="Konnen dwa ou",
        description="Monthly evening sessions, led by Lakou staff with lawyers from Puentes, "
        "about your rights at home, at work and in public, how to avoid scams, and changes "
        "to immigration programs that affect Haitian families. You can ask questions "
        "privately after each session.",
        path="/konnen-dwa-ou",
        email="bonjou@lakou.example",
        application_process="Walk-in.",
        at=[("lakou-house", [M("-1FR", "18:30", "20:00", dtstart="2026-01-30")],
             "Last Friday of each month, meeting room.")],
        languages=["ht", "fr", "en"],
        cost=FREE,
        requirements=[NO_ID, NO_SSN],
        terms=[1382, 1381],
    ),
    dict(
        key="lakou-navigation",
        org="lakou",
        name="Community Navigation and Form Help",
        description="Walk in for help reading letters, filling in forms for benefits, school "
        "enrollment, utilities and housing, and making appointments. Navigators speak "
        "Haitian Creole, French and English and refer you to trusted legal and health "
        "services.",
        path="/navigation",
        email="bonjou@lakou.example",
        application_process="Walk-in.",
        schedules=[W("MO,WE,FR", "10:00", "13:00"), W("MO,WE,FR", "14:00", "18:00")],
        at=["lakou-house"],
        languages=["ht", "fr", "en", "pt"],
        cost=FREE,
        requirements=[NO_ID],
        terms=[1293, 1292],
    ),
    dict(
        key="pacc-forms",
        org="pacc",
        name="Benefits and Paperwork Help in Asian Languages",
        description="Bilingual staff help with applications and letters for health "
        "insurance, food benefits, housing, Social Security and utility assistance. Help is "
        "available in Vietnamese, Chinese (Mandarin and Cantonese), Korean, Tagalog, Nepali "
        "and Burmese.",
        path="/family-services",
        email="info@sf-panasian.example",
        application_process="Walk-in, or call to book a time with a staff member who speaks "
        "your language.",
        schedules=[W(WEEKDAYS, "09:30", "16:30")],
        at=["pacc-center"],
        languages=["vi", ("zh", "Mandarin"), "yue", "ko", "tl", "ne", "my", "en"],
        cost=FREE,
        terms=[1293, 1260],
    ),
    dict(
        key="pacc-seniors",
        org="pacc",
        name="Senior Lunch and Wellness Club",
        description="A lunch club for adults aged 60 and older with hot Asian-style meals, "
        "tai chi, health talks and time with friends. Meals are free, with a suggested "
        "donation of $2 for those who can give.",
        path="/seniors",
        email="info@sf-panasian.example",
        application_process="Walk-in; call a day ahead the first time so that a meal is "
        "ready for you.",
        eligibility="Adults 60 and older and their spouses.",
        min_age=60,
        schedules=[W("MO,WE,FR", "10:30", "13:30")],
        at=["pacc-center"],
        languages=["vi", "zh", "ko", "tl"],
        cost=FREE + [("Suggested donation", 2, "Optional, per meal")],
        terms=[1131, 1285],
    ),
    # ---------------------------------------------------------------- Housing, safety, family
    dict(
        key="tap-tenant",
        org="tap",
        name="Tenant Rights Counseling and Eviction Help",
        description="Counselors and volunteer lawyers help renters with repairs, rent "
        "increases, illegal lockouts, security deposits and eviction notices. If you have an "
        "eviction hearing, call right away: the project can often send a lawyer to court "
        "with you.",
        path="/help",
        email="help@tenantproject.example",
        application_process="Call the tenant hotline, or walk in on Wednesday evenings. "
        "Bring any notice you received.",
        schedules=[W("MO,TU,WE,TH", "09:00", "17:00"),
                   W("WE", "17:00", "19:00", description="Walk-in evening hours")],
        at=["tap-office"],
        languages=["en", "es", "ar", "fr"],
        cost=FREE,
        requirements=[NO_SSN],
        terms=[1142, 1375],
    ),
    dict(
        key="sha-helpline",
        org="sha",
        name="24-Hour Domestic Violence Helpline",
        alternate_name="Línea de ayuda las 24 horas",
        description="Call or text any time, day or night, to talk with a trained advocate "
        "about abuse, safety planning, shelter or legal protection. Advocates can add an "
        "interpreter in more than 200 languages within minutes. Calls are free and "
        "confidential, and you do not have to give your name.",
        path="/helpline",
        email="info@safeharborashgrove.example",
        application_process="Call or text the helpline at any time. In immediate danger, "
        "call 911.",
        schedules=[W("MO,TU,WE,TH,FR,SA,SU", "00:00", "23:59", description="Open 24 hours, "
                     "every day", attending="Phone or text")],
        areas=[("Ashgrove County", "Callers from anywhere in Ashgrove County.")],
        languages=["en", "es"],
        interpretation="Phone interpreters for more than 200 languages, day and night.",
        cost=FREE,
        requirements=[NO_ID],
        terms=[1124, 1305],
        phones=[(99, "voice", "24-hour helpline", ["es"]),
                (99, "text", "24-hour text line", ["es"])],
    ),
    dict(
        key="sha-shelter",
        org="sha",
        name="Emergency Safe Shelter for Survivors",
        description="Confidential emergency shelter for survivors of domestic violence and "
        "their children, with private family rooms, meals and help planning the next steps. "
        "Entry is through the 24-hour helpline; the shelter address is not made public.",
        path="/shelter",
        email="info@safeharborashgrove.example",
        application_process="Call the 24-hour helpline; an advocate arranges a safe way to "
        "get to the shelter.",
        schedules=[W("MO,TU,WE,TH,FR,SA,SU", "00:00", "23:59",
                     description="Intake 24 hours, every day")],
        areas=[("Ashgrove County", "Survivors from Ashgrove County; others are helped to "
                "find a shelter near them.")],
        languages=["en", "es"],
        interpretation="Phone interpreters for any language.",
        cost=FREE,
        requirements=[NO_ID, NO_SSN],
        terms=[1121, 1125],
        phones=[(99, "voice", "24-hour helpline (shelter intake)", ["es"])],
        capacities=[("family-room", "Family room", 3, 14,
                     "Family rooms free tonight")],
    ),
    dict(
        key="cg-parenting",
        org="cg",
        name="Parenting Circles and Family Playgroups",
        alternate_name="Círculos de crianza y grupos de juego",
        description="Weekly groups for parents and caregivers of children up to age 5. "
        "Children play and learn while parents talk about sleep, discipline, getting ready "
        "for school and raising children in two languages. Groups are led in Spanish and "
        "English.",
        path="/parenting",
        email="hola@casagirasol.example",
        application_process="Walk-in; no registration needed.",
        schedules=[W("TU", "10:00", "11:30", description="Morning playgroup"),
                   W("TH", "18:00", "19:30", description="Evening parenting circle")],
        at=["cg-center"],
        languages=["es", "en", "mam"],
        cost=FREE,
        requirements=[NO_ID],
        terms=[1315, 1312],
    ),
    dict(
        key="cg-babybank",
        org="cg",
        name="Diaper and Baby Supply Bank",
        description="Families with babies and toddlers can pick up a monthly supply of "
        "diapers and wipes and, when available, formula, clothing and car seats. Register "
        "once at your first visit with your name and your children's ages; no ID is needed.",
        path="/baby-bank",
        email="hola@casagirasol.example",
        application_process="Walk-in during distribution hours.",
        schedules=[M("1SA", "10:00", "12:00", dtstart="2026-01-03"),
                   M("3TU", "16:00", "18:00", dtstart="2026-01-20")],
        at=["cg-center"],
        languages=["es", "en"],
        cost=FREE,
        requirements=[NO_ID, NO_SSN],
        terms=[1157, 1155],
    ),
]

# When each service record was last checked and changed (all in 2026).
REVIEWED = [
    ("2026-09-14", "2026-09-14T15:20:00Z"),
    ("2026-10-02", "2026-10-02T13:05:00Z"),
    ("2026-10-19", "2026-10-20T09:40:00Z"),
    ("2026-11-03", "2026-11-03T16:45:00Z"),
    ("2026-11-12", "2026-11-12T11:10:00Z"),
    ("2026-11-18", "2026-11-18T14:30:00Z"),
]

# --------------------------------------------------------------------------------------------
# Building HSDS objects
# --------------------------------------------------------------------------------------------

DAY_NAMES = {"MO": "Monday", "TU": "Tuesday", "WE": "Wednesday", "TH": "Thursday",
             "FR": "Friday", "SA": "Saturday", "SU": "Sunday"}
DAY_ORDER = list(DAY_NAMES)
ORDINALS = {"1": "First", "2": "Second", "3": "Third", "4": "Fourth", "5": "Fifth",
            "-1": "Last"}


def clock(t):
    h, m = (int(x) for x in t.split(":"))
    if (h, m) == (23, 59):
        return "midnight"
    suffix = "a.m." if h < 12 else "p.m."
    h12 = h % 12 or 12
    return f"{h12}:{m:02d} {suffix}"


def describe_days(byday, freq):
    tokens = byday.split(",")
    if freq == "MONTHLY":
        parts = []
        for t in tokens:
            m = re.match(r"^([+-]?\d)?([A-Z]{2})$", t)
            parts.append(f"{ORDINALS[m.group(1)]} {DAY_NAMES[m.group(2)]}")
        return " and ".join(parts) + " of every month"
    if len(tokens) == 7:
        return "Every day"
    idx = [DAY_ORDER.index(t) for t in tokens]
    if len(idx) >= 3 and idx == list(range(idx[0], idx[-1] + 1)):
        return f"{DAY_NAMES[tokens[0]]} to {DAY_NAMES[tokens[-1]]}"
    names = [DAY_NAMES[t] + "s" for t in tokens]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def schedule(owner_field, owner_id, key, s):
    out = {"id": did("schedule", key), owner_field: owner_id}
    for src, dst in (("valid_from", "valid_from"), ("valid_to", "valid_to"),
                     ("dtstart", "dtstart")):
        if s.get(src):
            out[dst] = s[src]
    out["freq"] = s["freq"]
    out["wkst"] = "MO"
    out["byday"] = s["byday"]
    text = s.get("description") or (
        f"{describe_days(s['byday'], s['freq'])}, {clock(s['opens'])} to {clock(s['closes'])}"
    )
    if s.get("description") and not re.search(r"\d", s["description"]):
        text = (f"{s['description']}: {describe_days(s['byday'], s['freq'])}, "
                f"{clock(s['opens'])} to {clock(s['closes'])}")
    out["description"] = text
    out["opens_at"] = s["opens"] + ":00"
    out["closes_at"] = s["closes"] + ":00"
    out["attending_type"] = s.get("attending", "In person")
    if s.get("notes"):
        out["notes"] = s["notes"]
    return out


def language(owner_field, owner_id, key, entry):
    code, note = (entry, None) if isinstance(entry, str) else entry
    out = {"id": did("language", key + "/" + code), owner_field: owner_id,
           "name": LANGUAGES[code], "code": code}
    if note:
        out["note"] = note
    return out


def phone(owner_field, owner_id, key, last_two, kind, description, langs=()):
    out = {"id": did("phone", key), owner_field: owner_id, "number": phone_number(last_two),
           "type": kind, "description": description}
    if langs:
        out["languages"] = [language("phone_id", out["id"], out["id"], c) for c in langs]
    return out


def contact(owner_field, owner_id, key, title, department, email, phone_obj=None):
    out = {"id": did("contact", key), owner_field: owner_id, "title": title,
           "department": department, "email": email}
    if phone_obj:
        out["phones"] = [phone_obj]
    return out


def organization(key):
    o = ORGS[key]
    oid = did("organization", key)
    out = {"id": oid, "name": o["name"]}
    if o.get("alternate_name"):
        out["alternate_name"] = o["alternate_name"]
    out.update({
        "description": o["description"],
        "email": o["email"],
        "website": o["website"],
        "tax_status": o["tax_status"],
        "year_incorporated": o["year"],
        "legal_status": o["legal_status"],
    })
    last_two, desc = o["phone"]
    out["phones"] = [phone("organization_id", oid, f"organization/{key}", last_two, "voice",
                           desc)]
    title, dept, email = o["contact"]
    out["contacts"] = [contact("organization_id", oid, f"organization/{key}", title, dept,
                               email)]
    out["funding"] = [{"id": did("funding", key), "organization_id": oid,
                       "source": o["funding"]}]
    return out


def location(key):
    loc = LOCATIONS[key]
    lid = did("location", key)
    kind = loc.get("kind", "physical")
    out = {"id": lid, "location_type": kind, "organization_id": did("organization", loc["org"]),
           "name": loc["name"], "description": loc["description"]}
    if loc.get("url"):
        out["url"] = loc["url"]
    if kind == "physical":
        out["transportation"] = loc["transportation"]
        out["latitude"] = loc["lat"]
        out["longitude"] = loc["lon"]
        line1, line2, zip_code = loc["address"]
        addr = {"id": did("address", key), "location_id": lid, "address_1": line1}
        if line2:
            addr["address_2"] = line2
        addr.update({"city": CITY, "region": COUNTY, "state_province": STATE,
                     "postal_code": zip_code, "country": "US", "address_type": "physical"})
        out["addresses"] = [addr]
        desc, details = loc["access"]
        acc = {"id": did("accessibility", key), "location_id": lid, "description": desc}
        if details:
            acc["details"] = details
        out["accessibility"] = [acc]
    if loc.get("phone"):
        last_two, desc = loc["phone"]
        out["phones"] = [phone("location_id", lid, f"location/{key}", last_two, "voice", desc)]
    if loc.get("hours"):
        out["schedules"] = [
            schedule("location_id", lid, f"location/{key}/{i}",
                     W(days, o, c, description=None))
            for i, (days, o, c) in enumerate(loc["hours"])
        ]
        for s in out["schedules"]:
            s["description"] = "Building hours: " + s["description"]
    return out


def program(key):
    p = PROGRAMS[key]
    out = {"id": did("program", key), "organization_id": did("organization", p["org"]),
           "name": p["name"]}
    if p.get("alternate_name"):
        out["alternate_name"] = p["alternate_name"]
    out["description"] = p["description"]
    return out


def attribute(sid, key, **fields):
    return {"id": did("attribute", key), "link_id": sid, "link_entity": "service", **fields}


def service(s, index):
    key = s["key"]
    sid = did("service", key)
    org = ORGS[s["org"]]
    out = {"id": sid, "organization_id": did("organization", s["org"])}
    if s.get("program"):
        assert PROGRAMS[s["program"]]["org"] == s["org"], key
        out["program_id"] = did("program", s["program"])
    out["name"] = s["name"]
    if s.get("alternate_name"):
        out["alternate_name"] = s["alternate_name"]
    out["description"] = s["description"]
    out["url"] = org["website"].rstrip("/") + s["path"]
    out["email"] = s["email"]
    out["status"] = s.get("status", "active")
    for src, dst in (("interpretation", "interpretation_services"),
                     ("application_process", "application_process"),
                     ("fees_description", "fees_description"),
                     ("wait_time", "wait_time"),
                     ("accreditations", "accreditations"),
                     ("eligibility", "eligibility_description")):
        if s.get(src):
            out[dst] = s[src]
    if "min_age" in s:
        out["minimum_age"] = s["min_age"]
    assured, modified = REVIEWED[index % len(REVIEWED)]
    out["assured_date"] = assured
    out["assurer_email"] = "directory@puerta-demo.example"
    if s.get("alert"):
        out["alert"] = s["alert"]
    out["last_modified"] = modified

    # Phones: the service's own lines, else the organisation's main line.
    phones = s.get("phones") or [(org["phone"][0], "voice", org["phone"][1], [])]
    out["phones"] = [phone("service_id", sid, f"service/{key}/{i}", n, kind, desc, langs)
                     for i, (n, kind, desc, langs) in enumerate(phones)]

    if s.get("schedules"):
        scheds = [schedule("service_id", sid, f"service/{key}/{i}", x)
                  for i, x in enumerate(s["schedules"])]
        if s.get("schedule_notes"):
            for x in scheds:
                x.setdefault("notes", s["schedule_notes"])
        out["schedules"] = scheds

    if s.get("areas"):
        out["service_areas"] = [
            {"id": did("service_area", f"{key}/{i}"), "service_id": sid, "name": name,
             "description": desc}
            for i, (name, desc) in enumerate(s["areas"])
        ]

    sals = []
    for entry in s.get("at", []):
        lkey, lscheds, ldesc = (entry, [], None) if isinstance(entry, str) else entry
        sal_id = did("service_at_location", f"{key}@{lkey}")
        sal = {"id": sal_id, "service_id": sid, "location_id": did("location", lkey)}
        if ldesc:
            sal["description"] = ldesc
        if lscheds:
            sal["schedules"] = [
                schedule("service_at_location_id", sal_id, f"sal/{key}@{lkey}/{i}", x)
                for i, x in enumerate(lscheds)
            ]
        sal["location"] = location(lkey)
        sals.append(sal)
    if sals:
        out["service_at_locations"] = sals

    out["languages"] = [language("service_id", sid, f"service/{key}", c)
                        for c in s["languages"]]
    out["organization"] = organization(s["org"])

    costs = []
    for i, (option, amount, desc) in enumerate(s["cost"]):
        c = {"id": did("cost_option", f"{key}/{i}"), "service_id": sid, "option": option,
             "currency": "USD"}
        if amount is not None:
            c["amount"] = amount
        c["amount_description"] = desc
        costs.append(c)
    out["cost_options"] = costs

    if s.get("program"):
        out["program"] = program(s["program"])

    docs = list(s.get("documents", []))
    for r in s.get("requirements", []):
        docs.append(REQUIREMENTS[r])
    if docs:
        out["required_documents"] = [
            {"id": did("required_document", f"{key}/{i}"), "service_id": sid, "document": d}
            for i, d in enumerate(docs)
        ]

    if s.get("contacts"):
        out["contacts"] = [contact("service_id", sid, f"service/{key}/{i}", t, d, e)
                           for i, (t, d, e) in enumerate(s["contacts"])]

    if s.get("capacities"):
        out["capacities"] = [
            {"id": did("capacity", f"{key}/{i}"), "service_id": sid,
             "unit": {"id": did("unit", ukey), "name": uname},
             "unit_id": did("unit", ukey),
             "available": available, "maximum": maximum, "description": desc,
             "updated": modified}
            for i, (ukey, uname, available, maximum, desc) in enumerate(s["capacities"])
        ]

    assert 1 <= len(s["terms"]) <= 3, key
    attrs = []
    for code in s["terms"]:
        assert code in TERMS, (key, code)
        attrs.append(attribute(sid, f"{key}/taxonomy/{code}", taxonomy_term_id=term_uuid(code),
                               link_type="taxonomy", label=TERMS[code]))
    for r in s.get("requirements", []):
        attrs.append(attribute(sid, f"{key}/requirement/{r}", link_type="requirement",
                               value=r, label=REQUIREMENTS[r]))
    out["attributes"] = attrs
    return out


def main():
    keys = [s["key"] for s in SERVICES]
    assert len(keys) == len(set(keys)), "duplicate service keys"
    for s in SERVICES:
        assert s["org"] in ORGS, s["key"]
        for entry in s.get("at", []):
            lkey = entry if isinstance(entry, str) else entry[0]
            assert lkey in LOCATIONS, (s["key"], lkey)
        for entry in s["languages"]:
            code = entry if isinstance(entry, str) else entry[0]
            assert code in LANGUAGES, (s["key"], code)
    services = [service(s, i) for i, s in enumerate(SERVICES)]
    text = json.dumps(services, ensure_ascii=False, indent=2) + "\n"
    OUT.write_text(text, encoding="utf-8")
    used_orgs = {s["org"] for s in SERVICES}
    used_locs = {(e if isinstance(e, str) else e[0]) for s in SERVICES for e in s.get("at", [])}
    codes = {(e if isinstance(e, str) else e[0]) for s in SERVICES for e in s["languages"]}
    print(f"wrote {OUT.relative_to(ROOT)}: {len(services)} services, {len(used_orgs)} "
          f"organizations, {len(used_locs)} locations, {len(codes)} languages")


if __name__ == "__main__":
    main()
