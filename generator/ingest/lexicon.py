"""Genre knowledge shared by the ingest rules: word lists, never article facts.

Everything here describes English-language news about politics and human rights
in general (titles, reporting verbs, organisation-name shapes, outlets, countries).
No entry may name a person from, or quote a sentence of, any particular article.
"""
from __future__ import annotations

import re

MONTHS = {
    m: i for i, m in enumerate(
        ["january", "february", "march", "april", "may", "june", "july", "august",
         "september", "october", "november", "december"], 1)
}
MONTH_ABBR = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
              "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12}
WEEKDAYS = {d: i for i, d in enumerate(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}

# Reporting verbs, finite forms: "X said", "said X", "X told VOD".
SPEECH_VERBS = (
    "said", "says", "say", "told", "tells", "added", "adds", "asked", "asks", "stated", "states",
    "wrote", "writes", "posted", "tweeted", "declared", "declares", "announced", "announces",
    "claimed", "claims", "insisted", "insists", "explained", "explains", "noted", "notes",
    "warned", "warns", "argued", "argues", "continued", "continues", "replied", "responded", "answered",
    "replies",      # (an interview's present tense: "“…,” she replies")
    "accused", "accuses", "urged", "urges", "called", "calls", "described", "describes",
    "vowed", "vows", "pledged", "pledges", "promised", "promises", "criticized", "criticised",
    "condemned", "condemns", "denounced", "demanded", "demands", "stressed", "emphasized",
    "emphasised", "spoke", "speaks", "touted", "touts", "praised", "praises", "slammed",
    "encouraged", "encourages", "recalled", "recalls", "remembers", "remembered", "recounted", "recounts", "admitted", "acknowledged", "suggested", "believed",
    "believes", "expressed", "expresses", "agreed", "disagreed", "complained", "alleged",
    "described", "labelled", "labeled", "dismissed", "rejected", "reiterated", "maintained",
    "countered", "announced", "confirmed", "denied", "read", "reads", "concluded", "highlighted",
    "lamented", "remarked", "shouted", "chanted", "quipped", "joked", "cautioned", "testified", "testifies",
    "ordered", "orders", "ruled", "rules", "instructed", "directed", "requested", "recommended", "proposed",
    "observed", "observes",     # (a judge's words from the bench: "“…,” the judge observed")
    "contended", "contends",     # (counsel's arguments: "X contended that “…”"; "submitted" is said of papers too)
)
# Participles that continue the main clause's speaker: "..., adding that “...”".
SPEECH_PARTICIPLES = (
    "adding", "saying", "stating", "noting", "calling", "urging", "expressing", "warning",
    "arguing", "explaining", "insisting", "describing", "claiming", "accusing", "vowing",
    "declaring", "asking", "telling", "writing", "citing", "demanding", "stressing",
    "emphasizing", "emphasising", "pledging", "promising", "labelling", "labeling",
    "submitting", "contending",     # (counsel before a court: "opposed the plea, submitting that “…”")
)


def by_length(word: str) -> tuple[int, str]:
    """Sort key: longest first, so that an alternation prefers the longest word; then in
    alphabetical order, so that a pattern built from a set reads the same in every run."""
    return -len(word), word


def alternation(words, depth: int = 2) -> str:
    """The regex alternation "w1|w2|..." of literal words in the given order, written as a
    tree on their first letters ("s(?:aid|ays)|t(?:old|ells)"). It matches exactly what the
    flat one does, in the same order of preference: words of different first letters never
    match at the same place. The engine then tries a handful of branches at each position
    instead of every word, which matters in case-insensitive searches."""
    words = list(words)
    if depth == 0 or len(words) < 3:
        return "|".join(re.escape(w) for w in words)
    groups: dict[str, list[str]] = {}
    for i, w in enumerate(words):
        if not w:
            if i != len(words) - 1:       # an empty word before others: keep the flat order
                return "|".join(re.escape(x) for x in words)
            continue
        groups.setdefault(w[0], []).append(w[1:])
    if len({k.lower() for k in groups}) < len(groups) or len({k.upper() for k in groups}) < len(groups):
        return "|".join(re.escape(w) for w in words)     # first letters equal under IGNORECASE
    parts = [re.escape(k) + ("(?:" + alternation(rest, depth - 1) + ")" if rest != [""] else "")
             for k, rest in groups.items()]
    if not words[-1]:
        parts.append("")
    return "|".join(parts)


SPEECH_VERB_RE = alternation(sorted(set(SPEECH_VERBS), key=by_length))
PARTICIPLE_RE = alternation(sorted(set(SPEECH_PARTICIPLES), key=by_length))

# Documents that speak for their author: "the post said", "stated in the release".
DOCUMENT_NOUNS = (
    "post", "statement", "release", "press release", "letter", "resolution", "report",
    "communique", "communiqué", "declaration", "tweet", "message", "speech", "remarks",
    "notice", "announcement", "ruling", "verdict", "decision", "order", "directive",
    "indictment", "judgment", "judgement",
    "lawsuit", "petition", "complaint", "claim",     # what a party files ("According to the claim, ...")
)

# Person titles written before a name ("Prime Minister X", "Senator X").
TITLE_HEADS = {
    "minister", "president", "secretary", "senator", "mep", "mp", "governor", "ambassador", "chairman",
    "undersecretary", "under-secretary",     # ("Undersecretary X", a Philippine deputy minister)
    "attaché", "attache",                    # ("Labour Attaché X", a consulate's officer)
    "mla", "mpa", "mna", "mpp", "mlc",  # state and provincial legislators ("MLA X", "MPA X")
    "mk",       # a member of the Knesset ("Likud MK X")
    "mca",      # a Kenyan county assembly member ("Lurambi MCA X")
    "chairwoman", "chairperson", "director", "spokesman", "spokeswoman", "spokesperson",
    "king", "queen", "prince", "princess", "general", "gen.", "rapporteur", "commissioner",
    "mayor", "chief", "judge", "premier", "leader", "representative", "rep.", "sen.",
    "lt.", "col.", "maj.", "capt.", "dr.", "mr.", "mrs.", "ms.", "professor", "prof.", "prof",
    "samdech", "oknha", "monk", "venerable", "abbot", "deputy", "counsellor", "councillor",
    "envoy", "lawmaker", "congressman", "congresswoman", "chancellor", "justice",
    "provedor", "provedora", "procurador", "procuradora",     # Portuguese-speaking ombudsmen, prosecutors
    "attorney-general", "prosecutor", "governor-general", "sheikh", "emir", "sultan",
    "ayatollah", "hojatoleslam", "hojjatoleslam",       # Shia clerical ranks
    "ustaz", "ustadz", "ustad", "ustazah", "maulana", "mufti",      # Muslim teachers' and scholars' titles
    "mawlawi", "maulvi", "mawlana", "molvi",
    "marshal", "admiral", "colonel", "lieutenant", "captain", "major", "brigadier",
    "minister-president", "vice-president", "lord", "lady", "sir", "dame", "pm",
    "legislator", "assemblyman", "assemblywoman", "councilor", "parliamentarian",
    "superintendent", "inspector", "sergeant", "constable", "corporal", "commodore",
    "magistrate", "comrade", "comr.", "brig.", "insp.", "supt.", "cmdr.", "adm.", "ombudsman", "ombudsperson", "defender", "asst", "asst.", "comm", "comm.",
    "barrister", "adv.",
    "barr.",        # Nigerian English "Barr. X": a barrister's title
    "father", "pastor", "reverend", "bishop", "archbishop",     # a cleric's title ("Father X said")
    "defender", "protector",        # an ombudsman's ("Public Defender X", "Public Protector Y")
    "advocate",     # a lawyer's title in South Asia and Africa ("Advocate X told the court")
    "khokim", "hokim",      # a Central Asian city's or district's head ("deputy khokim X")
    "toshao",       # an elected Amerindian village leader in Guyana ("Toshao X said")
    "kagawad",      # a Philippine village councillor ("Kagawad X")
    "cllr", "cllr.", "atty", "atty.",      # Liberian counsellor's and attorney's titles ("Cllr. X", "Atty. Y")
    "counsel",      # "State Counsel X", "Senior Counsel Y": a prosecutor's or barrister's title
    "supervisor", "chair", "registrar", "comptroller",     # "Supervisor of Elections X", "Committee Chair Y"
    "ceo", "cfo", "coo",        # a company's officers ("CEO X said")
    "speaker",      # a parliament's presiding officer ("Speaker X")
    "whip",         # a party's officer in parliament ("Chief Whip X", "the Government Whip, Y,")
    # police ranks written in capitals in South Asia and Africa ("ACP X", "SSP Y", "CP Z", "IGP W")
    "acp", "dcp", "ssp", "asp", "dsp", "csp", "igp", "aig", "dig", "cp",
    # Philippine police ranks ("PMaj X", "PLtCol Y", "PCol Z", "PBGen W")
    "pmaj", "pltcol", "pcol", "pbgen", "pcapt", "plt", "pmsg", "pssg",
}
# Role nouns in appositions and lowercase pre-name titles ("analyst X", "X, a lawyer").
ROLE_NOUNS = {
    "spokesman", "spokeswoman", "spokesperson", "director", "president", "chairman", "ceo", "cfo", "coo",
    "chairwoman", "chair", "head", "chief", "leader", "member", "official", "officer",
    "minister", "secretary", "analyst", "activist", "lawyer", "attorney", "researcher",
    "journalist", "reporter", "editor", "monk", "professor", "lecturer", "rapporteur", "proctor", "scientist", "delegate", "counselor",
    "coordinator", "supervisor", "manager", "founder", "co-founder", "cofounder", "adviser",
    "advisor", "consultant", "representative", "ambassador", "envoy", "senator", "lawmaker",
    "deputy", "vice", "commander", "governor", "mayor", "judge", "prosecutor", "investigator",
    "observer", "expert", "scholar", "commentator", "candidate", "organiser", "organizer",
    "campaigner", "defender", "worker", "farmer", "villager", "resident", "student",
    "teacher", "doctor", "unionist", "executive", "counsel", "councillor", "councilor",
    "cadre", "politician", "mp", "legislator", "economist", "historian", "critic",
    "premier", "king", "queen", "general", "colonel", "captain", "officer", "diplomat",
    "commissioner", "administrator", "advocate", "blogger", "writer", "poet", "artist",
    "youtuber", "vlogger", "podcaster", "tiktoker", "influencer",
    "priest", "bishop", "imam", "abbot", "nun", "mother", "father", "wife", "husband",
    "son", "daughter", "brother", "sister", "widow", "victim", "survivor", "witness",
    "protester", "protestor", "detainee", "prisoner", "defendant", "plaintiff", "chairperson",
    "khokim", "hokim",
    "partner", "fiancee", "fiancée", "fiance", "fiancé", "girlfriend", "boyfriend", "cousin",
    "sibling", "niece", "nephew", "uncle", "aunt", "grandmother", "grandfather", "parent",
    "mother-in-law", "father-in-law", "sister-in-law", "brother-in-law", "daughter-in-law", "son-in-law",
    "housekeeper", "bartender", "waiter", "waitress", "cleaner", "trader", "miner", "welder", "chef", "tailor",
    "electrician", "plumber", "gardener", "hawker", "retiree",
    "grandson", "granddaughter", "grandchild", "widower", "stepfather", "stepmother", "stepson", "stepdaughter",
    "stepbrother", "stepsister", "half-brother", "half-sister",
    "convener", "convenor", "barrister", "solicitor", "magistrate", "secretary-general",
    "commissioner", "ombudsman", "registrar", "facilitator", "trustee", "treasurer",
    "photographer", "photojournalist", "cameraman", "camerawoman", "videographer", "filmmaker",
    "correspondent", "columnist", "presenter", "broadcaster", "producer", "anchor", "podcaster", "publisher",
    "host", "co-host", "newsreader", "moderator",
    "freelancer", "stringer", "operator", "nurse", "engineer", "mechanic", "driver", "vendor", "shopkeeper",
    "functionary", "singer", "musician", "rapper", "cartoonist", "satirist", "comedian",
    # trades and walks of life the genre's witnesses and victims are named by ("soldier X said")
    "soldier", "fisherman", "fisherwoman", "labourer", "laborer", "businessman", "businesswoman",
    "entrepreneur", "pensioner", "housewife", "landowner", "policeman", "policewoman",
    "eyewitness", "bystander", "pharmacist", "schoolteacher", "dentist", "midwife",
    # a candidate's, on an election page ("her opponent, X Y, ...")
    "opponent", "challenger", "whip",
    # the heads of schools and universities ("The university's rector, Prof. X, said")
    "rector", "dean", "principal", "headmaster", "headmistress", "headteacher", "vice-chancellor",
    "auditor", "inspector",
    # the parties to a case, as court reports name them ("The petitioner, X, runs ...")
    "petitioner", "appellant", "respondent",
    # officers of a case or an estate ("The provisional liquidator, X, said")
    "liquidator", "receiver", "arbitrator", "mediator", "conciliator", "assessor", "notary", "bailiff",
    "sheriff", "coroner", "pathologist", "surveyor", "valuer", "accountant",
    # the people around a victim or witness who are named after what they are to them ("a neighbour, X")
    "neighbour", "neighbor", "colleague", "friend", "relative", "classmate", "roommate", "flatmate",
    "landlord", "landlady", "tenant", "employer", "employee", "co-worker", "coworker",
}
# The commonest Vietnamese family names: three or four short capitalised words opening with
# one ("Pham Thi Hoa") are a person's name whatever the sentence says of them.
VIETNAMESE_SURNAMES = {
    "nguyen", "tran", "le", "pham", "hoang", "huynh", "phan", "vu", "vo", "dang", "bui", "do",
    "ho", "ngo", "duong", "ly", "dinh", "trinh", "truong", "luu", "lam", "doan", "quach", "trieu",
    "luong", "chu", "ta", "mai", "cao", "ha",
}
# Press-freedom and rights groups of the genre whose names do not have an organisation's shape
# ("Committee to Protect ...", "... Without Borders"), with the initials they go by.
KNOWN_NGOS = {
    "Committee to Protect Journalists": "CPJ", "Reporters Without Borders": "RSF",
    "Reporters Sans Frontières": "RSF", "Reporters sans frontières": "RSF",
    "Front Line Defenders": "FLD", "Fortify Rights": "", "Global Witness": "",
    "Protection International": "", "Frontline Defenders": "",
    "Index on Censorship": "", "Freedom House": "", "Access Now": "",
}
# Armed movements known by a one-word or foreign name, written in their usual spellings, with
# the name each is filed under and its type: those that rule territory as de facto
# authorities are a government, the others a party to the conflict.
ARMED_GROUPS = {
    "Taliban": ("Taliban", "government"), "Houthis": ("Houthis", "government"),
    "Ansar Allah": ("Houthis", "government"),
    "al-Shabaab": ("al-Shabaab", "party"), "Al-Shabaab": ("al-Shabaab", "party"),
    "al-Shabab": ("al-Shabaab", "party"), "Al-Shabab": ("al-Shabaab", "party"),
    "Boko Haram": ("Boko Haram", "party"), "Hezbollah": ("Hezbollah", "party"),
    "Hamas": ("Hamas", "party"), "Islamic State": ("Islamic State", "party"),
    "Tehreek-e-Taliban Pakistan": ("Tehreek-e-Taliban Pakistan", "party"),
    "Tehrik-i-Taliban Pakistan": ("Tehrik-i-Taliban Pakistan", "party"),
    "Jamaat Nusrat al-Islam wal-Muslimin": ("Jamaat Nusrat al-Islam wal-Muslimin", "party"),
    "Abu Sayyaf": ("Abu Sayyaf", "party"),
}
# Member states of a federation with governments of their own, known by a name no country
# list holds ("Puntland says it remains committed ..."): each is its state's government.
# (a region whose government has a name of its own, "Kurdistan Regional Government", is left to it)
REGIONAL_STATES = {"Puntland", "Jubaland", "Galmudug", "Hirshabelle", "Somaliland", "South West State",
                   "Republika Srpska"}
# Words that open the names of state bodies in the languages of the genre ("Komnas HAM",
# Indonesia's national human rights commission).
STATE_BODY_WORDS = {"komnas", "kementerian", "polda", "polres", "kodam", "kejaksaan", "pengadilan"}
# Rank abbreviations written before a name ("Sr. Comr. X", "Brig. Gen. X", "Lt. Col. X"):
# never a name themselves.
RANK_ABBREVIATIONS = {
    "sr", "jr", "comr", "brig", "gen", "insp", "lt", "col", "maj", "capt", "sgt", "cpl", "pvt",
    "adm", "cmdr", "supt", "det", "pol", "cdr", "lt-col", "lt-gen", "maj-gen", "brig-gen",
    "adj", "asst", "dep",
}
# Titles of traditional rulers and chiefs, written before the name as part of it ("Nana X II",
# "Togbe X", "Oba X"): the name that follows is a person's, whom the text may call by the role.
TRADITIONAL_TITLES = {
    "togbe": "chief", "nana": "chief", "naa": "chief", "nii": "chief", "datu": "chief", "igwe": "chief",
    "eze": "chief", "oba": "king", "ooni": "king", "alaafin": "king", "mwami": "king", "kabaka": "king",
    "omukama": "king", "asantehene": "king", "okyenhene": "king", "raja": "king", "rajah": "king",
    "maharaja": "king",
}
# Descriptions that stand for the head of a government ("the premier", "the country's leader").
LEADER_TITLES = ("prime minister", "premier", "president", "leader", "king", "chancellor")
LEGISLATOR_TITLES = ("legislator", "lawmaker", "mp", "member of parliament", "senator", "congressman",
                     "congresswoman", "assemblyman", "assemblywoman", "mla", "mna", "mpa")
DESCRIPTION_SYNONYMS = {
    "premier": ("prime minister", "premier"),
    "pm": ("prime minister", "premier"),
    "leader": LEADER_TITLES,
    "spokeswoman": ("spokeswoman", "spokesperson", "spokesman"),
    "spokesperson": ("spokeswoman", "spokesperson", "spokesman"),
    "spokesman": ("spokeswoman", "spokesperson", "spokesman"),
    # a reporter is "the journalist" later in the story, and the other way round
    "journalist": ("journalist", "reporter", "correspondent"),
    "reporter": ("journalist", "reporter", "correspondent"),
    # a member of a legislature is "the legislator" or "the lawmaker" later, whatever the house
    "legislator": LEGISLATOR_TITLES,
    "lawmaker": LEGISLATOR_TITLES,
}

# Titles that name the same office as a description only when they are the whole title:
# "Justice Ombati" is "the judge", a "justice minister" is not.
DESCRIPTION_EXACT = {
    "judge": ("justice", "chief justice", "lady justice", "magistrate"),
}

GENDER_TITLES = {
    "mr.": "m", "mr": "m", "mrs.": "f", "mrs": "f", "ms.": "f", "ms": "f", "king": "m",
    "queen": "f", "prince": "m", "princess": "f", "spokesman": "m", "spokeswoman": "f",
    "chairman": "m", "chairwoman": "f", "congressman": "m", "congresswoman": "f",
    "lord": "m", "lady": "f", "sir": "m", "dame": "f", "nun": "f", "monk": "m",
    "mother": "f", "father": "m", "wife": "f", "husband": "m", "son": "m", "daughter": "f",
    "brother": "m", "sister": "f", "widow": "f",
}

# A firm's trade closing its name ("Boreal West Forest Products", "Kivu Mining Corporation"), and the trade
# that opens a firm's name in Spanish and Portuguese ("Minera Cerro Alto").
FIRM_TRADES = {"corporation", "company", "products", "industries", "holdings", "enterprises", "airlines",
               "airways", "motors", "mills", "plantations", "textiles", "garments", "logistics",
               "services", "harvest", "farms", "foods", "mining", "minerals", "construction", "solutions"}
FIRM_TRADES_FIRST = {"Minera", "Mineração", "Constructora", "Construtora", "Petrolera", "Inmobiliaria", "Pesquera",
                     "Agrícola", "Forestal", "Empresa", "Compañía", "Companhia", "Naviera", "Textil"}

# Head words that give an organisation name its type.
ORG_HEADS = {
    "party": "party", "front": "party", "league": "party", "movement": "party",
    "court": "court", "tribunal": "court", "chambers": "court",
    "ministry": "government", "embassy": "government", "department": "government",
    "government": "government", "senate": "government", "assembly": "government",
    "parliament": "government", "police": "government", "army": "government",
    "military": "government", "navy": "government", "agency": "government",
    "authority": "government", "bureau": "government", "office": "government",
    "cabinet": "government", "council": "government", "commission": "government",
    "committee": "government", "administration": "government", "municipality": "government",
    "academy": "government", "consulate": "government", "junta": "government",
    "forces": "government", "guard": "government", "command": "government",
    "center": "ngo", "centre": "ngo", "watch": "ngo", "international": "ngo",
    "house": "ngo", "foundation": "ngo", "association": "ngo", "alliance": "ngo",
    "institute": "ngo", "network": "ngo", "coalition": "ngo", "union": "ngo",
    "society": "ngo", "group": "ngo", "project": "ngo", "initiative": "ngo",
    "forum": "ngo", "federation": "ngo", "organization": "ngo", "organisation": "ngo",
    "trust": "ngo", "fund": "ngo", "programme": "international", "program": "international",
    "university": "ngo", "college": "ngo", "club": "ngo", "confederation": "ngo",
    "collective": "ngo", "clinic": "ngo", "media": "ngo", "news": "ngo", "post": "ngo",
    "times": "ngo", "daily": "ngo", "radio": "ngo", "television": "ngo", "tv": "ngo",
    "bank": "international", "nations": "international",
    "force": "government", "mechanism": "international", "service": "government",
    "directorate": "government", "procuracy": "government", "procuratorate": "government",
    "presidency": "government",      # "the Presidency of Religious Affairs": a state agency
    "prosecution": "government",     # "the Public Prosecution", "the State Security Prosecution"
    "division": "government", "secretariat": "government", "chamber": "court",
    "inspectorate": "government", "unit": "ngo",
    "battalion": "government", "brigade": "government", "regiment": "government",     # armed units
    "lab": "ngo",       # "X Media Lab", "Y Forensics Lab"
    "guild": "ngo",     # "the Editors Guild", "the Writers Guild": a profession's body
    "board": "government",      # "the National Labor Relations Board", "the Parole Board"
    "headquarters": "government",   # "the Coordination Headquarters for ...", a state's standing body
    "syndicate": "ngo",     # a profession's body in the Arab world ("the Lawyers Syndicate")
    # Indian movements' Hindi heads: forum, organisation, committee, movement, union
    "manch": "ngo", "sangathan": "ngo", "sanghatana": "ngo", "samiti": "ngo", "andolan": "ngo", "sangh": "ngo",
    # parliaments' own-language heads that English text keeps ("the State Duma", "the Lok Sabha")
    "rada": "government", "duma": "government", "sabha": "government", "hluttaw": "government",
    "hural": "government", "khural": "government", "sangsad": "government", "kenesh": "government",
}
# Words that make a "Chamber" a court ("Constitutional Chamber", "Trial Chamber").
# Head words that open a body's name in Spanish and Portuguese ("Coordinadora Regional de ...",
# "Fundação X"): the head comes first, before "de"/"del"/"da"/"do".
ROMANCE_ORG_HEADS = {
    "coordinadora": "ngo", "asociación": "ngo", "asociacion": "ngo", "associação": "ngo", "fundación": "ngo",
    "fundacion": "ngo", "fundação": "ngo", "federación": "ngo", "confederación": "ngo", "colectivo": "ngo",
    "centro": "ngo", "instituto": "ngo", "observatorio": "ngo", "sindicato": "ngo", "coordenação": "ngo",
    "movimiento": "party", "movimento": "party", "partido": "party", "frente": "party",
    "ministerio": "government", "ministério": "government", "comisión": "government", "consejo": "government",
    "defensoría": "government", "defensoria": "government", "fiscalía": "government", "procuraduría": "government",
    "secretaría": "government", "policía": "government", "tribunal": "court", "corte": "court", "juzgado": "court",
    "universidade": "ngo", "universidad": "ngo", "comissão": "government", "conselho": "government",
    "procuradoria": "government", "secretaria": "government", "polícia": "government",
}
JUDICIAL_WORDS = {"constitutional", "criminal", "civil", "trial", "appeals", "appeal", "pre-trial",
                  "supreme", "extraordinary", "special", "labour", "labor", "administrative",
                  "cassation", "judicial"}
# Chambers and bodies named by one capitalised word after "the" ("the Senate").
INSTITUTION_WORDS = {"senate", "parliament", "congress", "cabinet", "legislature", "politburo"}
# Words of a portfolio between a title and a name ("Secretary for Security X").
PORTFOLIO_WORDS = {
    "security", "justice", "home", "foreign", "affairs", "interior", "defence", "defense",
    "finance", "economy", "economic", "trade", "commerce", "industry", "labour", "labor",
    "health", "education", "information", "environment", "agriculture", "fisheries",
    "forestry", "land", "lands", "planning", "development", "transport", "energy", "mines",
    "culture", "tourism", "religion", "religions", "women", "youth", "sport", "sports",
    "social", "welfare", "rural", "public", "works", "communications", "digital", "science",
    "technology", "human", "rights", "law", "legal", "constitutional", "mainland",
    "immigration", "police", "national", "state", "internal", "external", "relations",
    "cooperation", "international", "administration", "civil", "service", "services",
    "water", "resources", "natural", "housing", "construction", "post", "telecommunications",
    "veterans", "family", "children", "and", "the", "of", "for", "physical", "infrastructure",
    "urban", "supply", "irrigation", "disaster", "management", "peace", "reconstruction",
    "livestock", "petroleum", "mining", "power", "federal", "provincial", "local", "cooperatives",
    "poverty", "alleviation", "governance", "investment", "revenue", "budget", "sanitation",
    "government", "business",       # ("Leader of Government Business", "Minister for Business and Trade")
    "prosecutions", "prisons", "elections", "intelligence", "police",
    "criminal", "investigations", "investigation", "operations", "customs",
    "settlements", "safety", "spatial", "mobility", "utility", "utilities", "waste",
    "property", "surveys", "tenure", "heritage", "arts", "gender", "employment", "media", "territorial",
    "decentralisation", "decentralization", "aviation", "maritime", "roads", "highways", "estates",
    "political", "parties", "societies", "companies", "unions", "deeds",    # "Registrar of Political Parties X"
    "protection", "population",     # "Minister of Labour and Social Protection of the Population X"
    "indigenous", "peoples", "minorities", "consumer", "consumers",   # "Deputy Ombudsman for ... Indigenous Peoples X"
    "policy", "policies", "seniors", "elderly", "disabilities", "asylum", "migration", "refugees", "integration",
    # ("Ministry of Labour, Industrial Relations and Employment Creation", "Minister of Health and Wellness")
    "industrial", "creation", "wellness", "innovation", "vocational", "training", "equality", "nutrition",
    "wildlife", "climate", "broadcasting", "communication", "skills", "enterprises", "entrepreneurship",
    "marine", "oceans",
    "forces", "staff", "army", "navy",      # ("Chief of Defence Forces X", "Chief of Army Staff X")
}
# Nouns that give a person's gender ("her daughter, X"; "X's father, Y").
GENDER_NOUNS = {"father": "m", "mother": "f", "daughter": "f", "son": "m", "wife": "f",
                "husband": "m", "brother": "m", "sister": "f", "widow": "f", "widower": "m",
                "grandmother": "f", "grandfather": "m", "uncle": "m", "aunt": "f",
                "niece": "f", "nephew": "m", "grandson": "m", "granddaughter": "f",
                "fiancee": "f", "fiancée": "f", "fiance": "m", "fiancé": "m", "girlfriend": "f",
                "boyfriend": "m", "stepfather": "m", "stepmother": "f", "stepson": "m", "stepdaughter": "f",
                "stepbrother": "m", "stepsister": "f", "half-brother": "m", "half-sister": "f",
                "mother-in-law": "f", "father-in-law": "m", "sister-in-law": "f", "brother-in-law": "m",
                "daughter-in-law": "f", "son-in-law": "m"}
# People known by their tie to someone: "said her colleague X", "his neighbour X".
RELATION_NOUNS = set(GENDER_NOUNS) | {"colleague", "colleagues", "friend", "neighbour", "neighbor", "partner",
                                      "cousin", "relative", "spouse", "co-worker", "classmate", "flatmate",
                                      "roommate", "sibling", "child", "parent", "fellow"}
# Heads that name things, not actors: schemes, events, laws, days, places.
NON_ACTOR_HEADS = {
    "day", "week", "month", "year", "summit", "session", "conference", "meeting",
    "agreement", "agreements", "accord", "accords", "treaty", "law", "act", "bill", "code",
    "constitution", "scheme", "system", "preferences", "arms", "war", "election",
    "elections", "award", "prize", "festival", "games", "cup", "road", "street", "avenue",
    "bridge", "river", "lake", "sea", "ocean", "island", "islands", "mountain", "province",
    "district", "city", "village", "commune", "region", "state", "county", "base", "port",
    "airport", "hotel", "prison", "hospital", "pagoda", "temple", "palace", "square",
    "park", "stadium", "building", "tower", "hall", "plan", "policy", "strategy",
    "declaration", "charter", "convention", "covenant", "resolution", "report", "index",
    "revolution", "genocide", "regime", "era", "period", "dynasty", "empire", "pandemic",
    "virus", "justice", "rights", "democracy", "peace", "status", "programme", "program",
    "valley", "hills", "plateau", "delta", "coast", "peninsula", "bay", "gulf", "desert", "forest",
    "highlands", "basin", "canyon", "beach", "strait", "corridor", "plains",
    # administrative areas: a place, or its government when one is named as such, never a person
    "regency", "prefecture", "governorate", "oblast", "township", "subdistrict",
}
# Words that open a place's name in the region's own language ("Ban X" a Thai or Lao village,
# "Kampong X", "Desa X", "Kebele 04"): what follows is a place, never a person.
PLACE_PREFIXES = {"ban", "kampong", "kampung", "desa", "kelurahan", "kebele", "tambon", "amphoe",
                  "muang", "mueang", "phum", "sangkat", "sitio", "purok", "xa", "thon", "woreda",
                  "co", "co."}      # an Irish or Northern Irish county ("Ballinasloe, Co Galway")

# Intergovernmental bodies and blocs by their usual names (genre knowledge).
INTERNATIONAL = {
    "united nations": "international", "un": "international", "u.n.": "international",
    "human rights council": "international", "un human rights council": "international",
    "security council": "international", "general assembly": "international",
    "world bank": "international", "international monetary fund": "international",
    "imf": "international", "world health organization": "international",
    "who": "international", "unesco": "international", "unicef": "international",
    "unhcr": "international", "ohchr": "international", "ilo": "international",
    "wto": "international", "world trade organization": "international",
    "european parliament": "international", "european commission": "international",
    "council of the european union": "international", "european council": "international",
    "international criminal court": "court", "icc": "court",
    "international court of justice": "court", "icj": "court",
    "asian development bank": "international", "adb": "international",
    "interpol": "international", "nato": "international",
    "international labour organization": "international",
    "international labor organization": "international",
    "office of the high commissioner for human rights": "international",
    "osce": "international", "organization for security and co-operation in europe": "international",
    "council of europe": "international", "african union": "international",
    "organization of american states": "international", "oas": "international",
}
# Blocs count as "country" (ACTOR_TYPES: countries and blocs).
BLOCS = {
    "european union": "European Union", "eu": "European Union", "e.u.": "European Union",
    "asean": "ASEAN", "association of southeast asian nations": "ASEAN",
    "african union": "African Union", "au": "African Union",
}
CANONICAL_INTERNATIONAL = {"un": "United Nations", "u.n.": "United Nations"}

COUNTRIES = (
    "Afghanistan", "Albania", "Algeria", "Andorra", "Angola", "Argentina", "Armenia",
    "Australia", "Austria", "Azerbaijan", "Bahamas", "Bahrain", "Bangladesh", "Barbados",
    "Belarus", "Belgium", "Belize", "Benin", "Bhutan", "Bolivia", "Bosnia and Herzegovina",
    "Botswana", "Brazil", "Brunei", "Bulgaria", "Burkina Faso", "Burma", "Burundi",
    "Cambodia", "Cameroon", "Canada", "Cape Verde", "Chad", "Chile", "China", "Colombia",
    "Comoros", "Congo", "Costa Rica", "Croatia", "Cuba", "Cyprus", "Czech Republic",
    "Denmark", "Djibouti", "Dominica", "Dominican Republic", "East Timor", "Timor-Leste",
    "Ecuador", "Egypt", "El Salvador", "Eritrea", "Estonia", "Eswatini", "Ethiopia", "Fiji",
    "Finland", "France", "Gabon", "Gambia", "Georgia", "Germany", "Ghana", "Greece",
    "Grenada", "Guatemala", "Guinea", "Guyana", "Haiti", "Honduras", "Hong Kong", "Hungary",
    "Iceland", "India", "Indonesia", "Iran", "Iraq", "Ireland", "Israel", "Italy",
    "Ivory Coast", "Jamaica", "Japan", "Jordan", "Kazakhstan", "Kenya", "Kiribati", "Kosovo",
    "Kuwait", "Kyrgyzstan", "Laos", "Latvia", "Lebanon", "Lesotho", "Liberia", "Libya",
    "Liechtenstein", "Lithuania", "Luxembourg", "Macau", "Madagascar", "Malawi", "Malaysia",
    "Maldives", "Mali", "Malta", "Mauritania", "Mauritius", "Mexico", "Moldova", "Monaco",
    "Mongolia", "Montenegro", "Morocco", "Mozambique", "Myanmar", "Namibia", "Nauru",
    "Nepal", "Netherlands", "New Zealand", "Nicaragua", "Niger", "Nigeria", "North Korea",
    "North Macedonia", "Norway", "Oman", "Pakistan", "Palau", "Palestine", "Panama",
    "Papua New Guinea", "Paraguay", "Peru", "Philippines", "Poland", "Portugal", "Qatar",
    "Romania", "Russia", "Rwanda", "Samoa", "San Marino", "Saudi Arabia", "Senegal",
    "Serbia", "Seychelles", "Sierra Leone", "Singapore", "Slovakia", "Slovenia",
    "Solomon Islands", "Somalia", "South Africa", "South Korea", "South Sudan", "Spain",
    "Sri Lanka", "Sudan", "Suriname", "Sweden", "Switzerland", "Syria", "Taiwan",
    "Tajikistan", "Tanzania", "Thailand", "Togo", "Tonga", "Tunisia", "Turkey",
    "Turkmenistan", "Tuvalu", "Uganda", "Ukraine", "United Arab Emirates",
    "United Kingdom", "United States", "Uruguay", "Uzbekistan", "Vanuatu", "Vatican",
    "Venezuela", "Vietnam", "Viet Nam", "Yemen", "Zambia", "Zimbabwe", "Britain",
    "Great Britain", "England", "Scotland", "Wales", "America", "Korea", "Tibet",
    "Trinidad and Tobago", "Antigua and Barbuda", "Saint Kitts and Nevis", "Saint Lucia",
    "Saint Vincent and the Grenadines", "Sao Tome and Principe", "São Tomé and Príncipe",
    "Equatorial Guinea", "Guinea-Bissau", "Central African Republic", "Marshall Islands", "Micronesia",
)
# Aliases that name one of the countries above.
COUNTRY_ALIASES = {
    "us": "United States", "u.s.": "United States", "u.s": "United States",
    "u. s.": "United States", "usa": "United States", "u.s.a.": "United States",
    "united states of america": "United States", "america": "United States",
    "uk": "United Kingdom", "u.k.": "United Kingdom", "britain": "United Kingdom",
    "great britain": "United Kingdom", "burma": "Myanmar", "viet nam": "Vietnam",
    "timor-leste": "East Timor", "prc": "China", "people's republic of china": "China",
    "kingdom of cambodia": "Cambodia", "kingdom of thailand": "Thailand",
    "republic of the union of myanmar": "Myanmar", "lao pdr": "Laos",
    # (Kinshasa's country, never the Republic of the Congo across the river)
    "democratic republic of congo": "Democratic Republic of Congo",
    "democratic republic of the congo": "Democratic Republic of Congo",
    "dr congo": "Democratic Republic of Congo", "drc": "Democratic Republic of Congo",
    "côte d'ivoire": "Ivory Coast", "cote d'ivoire": "Ivory Coast", "côte d’ivoire": "Ivory Coast",
    "st kitts and nevis": "Saint Kitts and Nevis", "st lucia": "Saint Lucia",
}
COUNTRY_NAMES = {c.lower(): c for c in COUNTRIES}
for _alias, _name in COUNTRY_ALIASES.items():
    COUNTRY_NAMES[_alias] = _name

# Capitals that stand for their country's government when they act ("Hanoi rejected ...").
# Capitals that share their country's name (Singapore, Kuwait) are the country already;
# Brussels and Washington's neighbours of meaning are left out where the city names a bloc.
CAPITALS = {
    "Kabul": "Afghanistan", "Tirana": "Albania", "Algiers": "Algeria", "Luanda": "Angola",
    "Buenos Aires": "Argentina", "Yerevan": "Armenia", "Canberra": "Australia", "Vienna": "Austria",
    "Baku": "Azerbaijan", "Manama": "Bahrain", "Dhaka": "Bangladesh", "Minsk": "Belarus",
    "Thimphu": "Bhutan", "La Paz": "Bolivia", "Sarajevo": "Bosnia and Herzegovina",
    "Gaborone": "Botswana", "Brasilia": "Brazil", "Brasília": "Brazil", "Sofia": "Bulgaria",
    "Ouagadougou": "Burkina Faso", "Phnom Penh": "Cambodia", "Yaounde": "Cameroon",
    "Yaoundé": "Cameroon", "Ottawa": "Canada", "N'Djamena": "Chad", "Santiago": "Chile",
    "Beijing": "China", "Bogota": "Colombia", "Bogotá": "Colombia", "Kinshasa": "Democratic Republic of Congo",
    "San Jose": "Costa Rica", "Zagreb": "Croatia", "Havana": "Cuba", "Nicosia": "Cyprus",
    "Prague": "Czech Republic", "Copenhagen": "Denmark", "Dili": "East Timor", "Quito": "Ecuador",
    "Cairo": "Egypt", "San Salvador": "El Salvador", "Asmara": "Eritrea", "Tallinn": "Estonia",
    "Addis Ababa": "Ethiopia", "Suva": "Fiji", "Helsinki": "Finland", "Paris": "France",
    "Tbilisi": "Georgia", "Berlin": "Germany", "Accra": "Ghana", "Athens": "Greece",
    "Conakry": "Guinea", "Port-au-Prince": "Haiti", "Tegucigalpa": "Honduras", "Budapest": "Hungary",
    "Reykjavik": "Iceland", "New Delhi": "India", "Jakarta": "Indonesia", "Tehran": "Iran",
    "Baghdad": "Iraq", "Dublin": "Ireland", "Rome": "Italy", "Tokyo": "Japan", "Amman": "Jordan",
    "Astana": "Kazakhstan", "Nairobi": "Kenya", "Bishkek": "Kyrgyzstan", "Vientiane": "Laos",
    "Riga": "Latvia", "Beirut": "Lebanon", "Monrovia": "Liberia", "Tripoli": "Libya",
    "Vilnius": "Lithuania", "Antananarivo": "Madagascar", "Lilongwe": "Malawi",
    "Kuala Lumpur": "Malaysia", "Putrajaya": "Malaysia", "Bamako": "Mali", "Nouakchott": "Mauritania",
    "Mexico City": "Mexico", "Chisinau": "Moldova", "Ulaanbaatar": "Mongolia", "Podgorica": "Montenegro",
    "Rabat": "Morocco", "Maputo": "Mozambique", "Naypyitaw": "Myanmar", "Naypyidaw": "Myanmar",
    "Nay Pyi Taw": "Myanmar", "Windhoek": "Namibia", "Kathmandu": "Nepal", "The Hague": "Netherlands",
    "Wellington": "New Zealand", "Managua": "Nicaragua", "Niamey": "Niger", "Abuja": "Nigeria",
    "Pyongyang": "North Korea", "Skopje": "North Macedonia", "Oslo": "Norway", "Muscat": "Oman",
    "Islamabad": "Pakistan", "Port Moresby": "Papua New Guinea", "Asuncion": "Paraguay",
    "Asunción": "Paraguay", "Lima": "Peru", "Manila": "Philippines", "Warsaw": "Poland",
    "Lisbon": "Portugal", "Doha": "Qatar", "Bucharest": "Romania", "Moscow": "Russia",
    "Kigali": "Rwanda", "Riyadh": "Saudi Arabia", "Dakar": "Senegal", "Belgrade": "Serbia",
    "Freetown": "Sierra Leone", "Bratislava": "Slovakia", "Ljubljana": "Slovenia",
    "Mogadishu": "Somalia", "Pretoria": "South Africa", "Seoul": "South Korea", "Juba": "South Sudan",
    "Madrid": "Spain", "Colombo": "Sri Lanka", "Khartoum": "Sudan", "Stockholm": "Sweden",
    "Bern": "Switzerland", "Damascus": "Syria", "Taipei": "Taiwan", "Dushanbe": "Tajikistan",
    "Dodoma": "Tanzania", "Bangkok": "Thailand", "Lome": "Togo", "Tunis": "Tunisia", "Ankara": "Turkey",
    "Ashgabat": "Turkmenistan", "Kampala": "Uganda", "Kyiv": "Ukraine", "Kiev": "Ukraine",
    "Abu Dhabi": "United Arab Emirates", "London": "United Kingdom", "Washington": "United States",
    "Montevideo": "Uruguay", "Tashkent": "Uzbekistan", "Caracas": "Venezuela", "Hanoi": "Vietnam",
    "Sanaa": "Yemen", "Lusaka": "Zambia", "Harare": "Zimbabwe",
    "Port of Spain": "Trinidad and Tobago", "Bridgetown": "Barbados",
    "Paramaribo": "Suriname", "Belmopan": "Belize", "Guatemala City": "Guatemala",
    "Santo Domingo": "Dominican Republic", "Panama City": "Panama", "Nuku'alofa": "Tonga",
    "Nuku‘alofa": "Tonga", "Apia": "Samoa", "Port Vila": "Vanuatu", "Honiara": "Solomon Islands",
    "Maseru": "Lesotho", "Mbabane": "Eswatini", "Libreville": "Gabon", "Banjul": "Gambia",
    "Brazzaville": "Congo", "Bangui": "Central African Republic", "Malabo": "Equatorial Guinea",
    "Gitega": "Burundi", "Port Louis": "Mauritius", "Valletta": "Malta", "Yamoussoukro": "Ivory Coast",
}
# The adjective a country's government goes by ("the Lao government").
COUNTRY_ADJECTIVES = {
    "Afghanistan": "Afghan", "Bangladesh": "Bangladeshi", "Belarus": "Belarusian", "Brazil": "Brazilian",
    "Cambodia": "Cambodian", "Cameroon": "Cameroonian", "Canada": "Canadian", "China": "Chinese",
    "Colombia": "Colombian", "Cuba": "Cuban", "Egypt": "Egyptian", "El Salvador": "Salvadoran",
    "Ethiopia": "Ethiopian", "France": "French", "Germany": "German", "Guatemala": "Guatemalan",
    "Honduras": "Honduran", "Hong Kong": "Hong Kong", "India": "Indian", "Indonesia": "Indonesian",
    "Iran": "Iranian", "Japan": "Japanese", "Kenya": "Kenyan", "Laos": "Lao", "Malaysia": "Malaysian",
    "Mexico": "Mexican", "Myanmar": "Myanmar", "Nepal": "Nepali", "Nicaragua": "Nicaraguan",
    "Nigeria": "Nigerian", "North Korea": "North Korean", "Pakistan": "Pakistani",
    "Philippines": "Philippine", "Russia": "Russian", "Rwanda": "Rwandan", "Singapore": "Singaporean",
    "South Korea": "South Korean", "Sri Lanka": "Sri Lankan", "Sudan": "Sudanese", "Taiwan": "Taiwanese",
    "Tanzania": "Tanzanian", "Thailand": "Thai", "Turkey": "Turkish", "Uganda": "Ugandan",
    "Ukraine": "Ukrainian", "United Kingdom": "British", "United States": "US", "Venezuela": "Venezuelan",
    "Vietnam": "Vietnamese", "Zimbabwe": "Zimbabwean", "Australia": "Australian", "Bhutan": "Bhutanese",
    "Maldives": "Maldivian", "East Timor": "Timorese", "Mongolia": "Mongolian", "Zambia": "Zambian",
}
# Nationality adjectives and other capitalised words that are never actors alone.
DEMONYMS = {
    "cambodian", "cambodians", "khmer", "thai", "thais", "vietnamese", "chinese", "american",
    "americans", "european", "europeans", "british", "french", "german", "japanese",
    "korean", "burmese", "myanmar", "lao", "laotian", "malaysian", "indonesian", "filipino",
    "singaporean", "australian", "indian", "russian", "western", "eastern", "asian",
    "african", "swiss", "canadian", "irish", "italian", "spanish", "dutch", "swedish",
    "norwegian", "danish", "finnish", "polish", "ukrainian", "turkish", "iranian", "iraqi",
    "syrian", "israeli", "palestinian", "egyptian", "bangladeshi", "pakistani", "afghan",
    "nepali", "sri", "mongolian", "taiwanese", "hongkonger", "rohingya", "kachin", "karen",
    "shan", "bamar", "muslim", "buddhist", "christian", "hindu", "islamic", "southeast",
    "northern", "southern", "international", "national", "global", "foreign", "local",
}

# Outlets of the genre, with the family that counts as one publisher.
OUTLETS = {
    "voa khmer": "VOA Khmer", "voa": "VOA", "voice of america": "VOA",
    "vod": "VOD", "vod khmer": "VOD Khmer", "vod english": "VOD English",
    "voice of democracy": "VOD", "camboja": "CamboJA", "camboja news": "CamboJA News",
    "cambodian journalists alliance association": "Cambodian Journalists Alliance Association",
    "rfa": "RFA", "radio free asia": "Radio Free Asia", "rfa khmer": "RFA Khmer",
    "ap": "AP", "associated press": "Associated Press", "the associated press": "Associated Press",
    "reuters": "Reuters", "afp": "AFP", "agence france-presse": "AFP",
    "agence france presse": "AFP", "phnom penh post": "The Phnom Penh Post",
    "the phnom penh post": "The Phnom Penh Post", "khmer times": "Khmer Times",
    "cambodia daily": "The Cambodia Daily", "the cambodia daily": "The Cambodia Daily",
    "cambodianess": "Cambodianess", "thmey thmey": "Thmey Thmey", "fresh news": "Fresh News",
    "bbc": "BBC", "al jazeera": "Al Jazeera", "the irrawaddy": "The Irrawaddy",
    "irrawaddy": "The Irrawaddy", "myanmar now": "Myanmar Now", "frontier myanmar": "Frontier Myanmar",
    "mizzima": "Mizzima", "dvb": "DVB", "bangkok post": "Bangkok Post",
    "the bangkok post": "Bangkok Post", "prachatai": "Prachatai", "prachatai english": "Prachatai English",
    "khaosod english": "Khaosod English", "the nation": "The Nation", "thai pbs": "Thai PBS",
    "benarnews": "BenarNews", "benar news": "BenarNews", "the diplomat": "The Diplomat",
    "nikkei asia": "Nikkei Asia", "the guardian": "The Guardian", "new york times": "The New York Times",
    "the new york times": "The New York Times", "washington post": "The Washington Post",
    "the washington post": "The Washington Post", "xinhua": "Xinhua", "kyodo": "Kyodo",
    "bernama": "Bernama", "rappler": "Rappler", "vnexpress": "VnExpress",
    "arab news": "Arab News", "georgia today": "Georgia Today",
    # European and Latin American papers named with their own language's article
    "le monde": "Le Monde", "le figaro": "Le Figaro", "libération": "Libération", "les echos": "Les Echos",
    "der spiegel": "Der Spiegel", "die zeit": "Die Zeit", "el país": "El País", "el pais": "El País",
    "o globo": "O Globo", "folha de s.paulo": "Folha de S.Paulo", "la repubblica": "La Repubblica",
    "corriere della sera": "Corriere della Sera", "le temps": "Le Temps", "la nación": "La Nación",
}
# Outlets sharing a newsroom: evidence for one supports the others.
OUTLET_FAMILY = {
    "VOA Khmer": "VOA", "VOA": "VOA", "VOD": "VOD", "VOD Khmer": "VOD", "VOD English": "VOD",
    "CamboJA": "CamboJA", "CamboJA News": "CamboJA",
    "Cambodian Journalists Alliance Association": "CamboJA",
    "RFA": "RFA", "Radio Free Asia": "RFA", "RFA Khmer": "RFA", "AP": "AP",
    "Associated Press": "AP", "Prachatai": "Prachatai", "Prachatai English": "Prachatai",
}
# Social networks and news apps: where words are posted, never who speaks ("in a post on X,
# formerly Twitter, the MP wrote"). Their owners (companies) may still act under their own names.
PLATFORMS = {
    "x", "twitter", "facebook", "instagram", "threads", "tiktok", "youtube", "telegram", "whatsapp",
    "signal", "linkedin", "bluesky", "mastodon", "reddit", "snapchat", "wechat", "weibo", "vkontakte",
    "truth social", "google news", "apple news", "facebook live", "instagram live", "youtube live",
    "x spaces", "twitter spaces", "telegram channel", "substack", "spotify", "podcast",
}
WIRE_AGENCIES = {"AP", "Associated Press", "Reuters", "AFP", "Xinhua", "Kyodo", "Bernama"}
# News agencies as a picture's credit or a relayed quote names them: the wire agencies above and
# national agencies whose stories are not credited as wire copy.
NEWS_AGENCIES = WIRE_AGENCIES | {
    "EPA", "EPA-EFE", "Anadolu", "Anadolu Agency", "Yonhap", "Antara", "ANI", "PTI", "IANS", "Tass", "TASS",
    "Sputnik", "Kyodo News", "Jiji", "Newsis", "News1", "AAP", "dpa", "ANSA", "Efe", "EFE", "Lusa", "WAM", "SPA",
    "MENA", "KUNA", "IRNA", "NNA", "APA", "Trend", "Kabar", "Akipress", "Interfax", "Ukrinform", "UNIAN",
    "Prensa Latina"}
# Words that end an outlet's name on a masthead line.
OUTLET_HEADS = {
    "news", "post", "times", "daily", "radio", "media", "network", "journal", "herald",
    "tribune", "press", "agency", "online", "tv", "television", "service", "khmer",
    "english", "association", "observer", "gazette", "chronicle", "review", "magazine",
    "weekly", "monitor", "express", "standard", "mail", "telegraph", "reporter", "noticias",
}
# "Newspaper" in the genre's languages, closing a paper's name ("the Asahi Shimbun"): never a person's
NEWSPAPER_WORDS = frozenset({"shimbun", "ilbo", "sinmun", "zeitung", "gazeta", "gazete"})
OUTLET_HEADS |= NEWSPAPER_WORDS

# Sentence-initial words that may still begin a name ("Human Rights Watch said").
NAME_ADJECTIVES = {
    "human", "national", "international", "royal", "democratic", "independent", "state", "civil",
    "federal", "supreme", "constitutional", "central", "united", "public", "people", "free",
}

# Capitalised words that start sentences or headings but never start a name.
COMMON_CAPITALISED = {
    "a", "an", "the", "this", "that", "these", "those", "there", "here", "it", "its", "he",
    "she", "they", "we", "i", "you", "his", "her", "their", "our", "my", "your", "but", "and",
    "or", "so", "yet", "if", "when", "while", "as", "after", "before", "since", "during",
    "however", "meanwhile", "instead", "also", "although", "though", "because", "despite",
    "in", "on", "at", "by", "for", "from", "of", "to", "with", "without", "about", "over",
    "under", "regarding", "according", "addressing", "both", "all", "some", "many", "most",
    "several", "other", "others", "another", "each", "every", "no", "not", "none", "one",
    "two", "three", "dozens", "hundreds", "thousands", "officials", "former", "local",
    "political", "rights", "human", "democracy", "activist", "analyst", "back", "earlier",
    "later", "last", "next", "now", "then", "still", "even", "only", "such", "what", "which",
    "who", "whom", "whose", "why", "how", "where", "until", "unless", "among", "against",
    "through", "within", "between", "into", "onto", "upon", "amid", "like", "unlike",
    "notably", "indeed", "moreover", "furthermore", "thus", "therefore", "yesterday",
    "today", "tomorrow", "sources", "critics", "observers", "experts", "people", "police",
    "opposition", "ruling", "government", "authorities", "democracy", "protesters", "mr",
    "mrs", "ms", "dr", "following", "photo", "picture", "read", "share", "more", "related",
    "speaking", "asked", "despite", "once", "please", "see", "first", "second", "third",
    "new", "old", "top", "senior", "chief", "deputy", "acting", "interim", "independent",
    "private", "public", "state", "federal", "royal", "military", "civil", "junior",
    "take", "consider", "meet", "imagine", "remember",     # an opinion writer's "Take X." brings a case in
}

# Page furniture: whole lines that are site chrome, not article text.
FURNITURE_RE = re.compile(
    r"^(?:accessibility links|skip to (?:main )?(?:content|menu|navigation)|skip to more [\w ]{2,30}|"
    r"breaking news|advertisement|(?:return|back|go back) to (?:the )?[\w ]{2,30}?(?:main |home )?page|"
    r"share(?: this(?: article| story)?)?|print|email|menu|search|home|subscribe(?: now)?|"
    # a page's tools in one line: "Print this page | Email A Friend!"
    r"(?:print(?: this)?(?: page| article| story)?|e-?mail (?:a|to a) friend!?)(?:\s*\|\s*(?:print(?: this)?(?: page| article| story)?|e-?mail (?:a|to a) friend!?))*|"
    r"sign in|log in|search for:?|follow us(?: on \w+)?|related(?: articles| stories| posts)?|"
    r"read more|comments?|leave a comment|listen(?: to this article)?|"
    r"read (?:this (?:article|story) )?in [a-z]+|(?:khmer|thai|burmese|vietnamese|english|chinese|"
    r"indonesian|malay|lao|filipino) version|"
    r"(?:tags|topics|categories|filed under)\s*:.*|share on \w+|tweet|whatsapp|telegram|"
    r"facebook|twitter|linkedin|copy link|next article|previous article|"
    r"more from .{1,40}|latest news|most read|trending|top stories|"
    # a site's own promotion: "Get Latest India News along with Latest News from India at X."
    r"(?:get|catch|stay updated with|follow|read|download)(?: all)?(?: the)? latest\b.{0,80}\bnews\b.{0,80}\b(?:at|on)\s.{2,40}\.?|"
    r"\d+\s*(?:min(?:ute)?s?)\.?\s*read|\d+\s*views?|"
    r"(?:updated|last updated)\s*:?.{0,40})$",
    re.IGNORECASE,
)
# WordPress-style shortcodes: [name attr="..."] or [snake_name]; not editorial [brackets].
SHORTCODE_RE = re.compile(
    r"\[/?[a-z][a-z0-9]*_[a-z0-9_]*(?:\s[^\]]*)?\]|\[/?[a-z][a-z0-9_-]*(?:\s+[a-z_-]+=(?:\"[^\"]*\"|'[^']*'|\S+))+\s*/?\]"
    r"|\[/?(?:caption|embed|audio|video|gallery|playlist)(?:\s[^\]]*)?\]",
)
COPYRIGHT_RE = re.compile(
    r"(?:©|\(c\)\s|copyright\b|all rights reserved|no part of this (?:article|story|publication|"
    r"material)|may not be (?:re)?(?:produced|published|reproduced|distributed|copied)|"
    r"without (?:the )?(?:prior )?written permission|reproduction (?:is )?(?:strictly )?prohibited)",
    re.IGNORECASE,
)

# "X sat by and did not speak", "Y declined to comment": the one so named is no speaker there.
SILENT = re.compile(r"\b(?:did\s+not|didn[’']t|would\s+not|declined\s+to|refused\s+to)\s+(?:speak|comment|talk)\b|"
                    r"\b(?:stayed|remained|kept|sat|stood)\s+(?:silent|quiet)(?:ly)?\b|\bsaid\s+nothing\b", re.IGNORECASE)


# Letters written after a person's name: ranks at the bar, seats in a parliament, honours
# ("Eileen Moran SC", "Femi Ade SAN", "Jane Roe MP"). No part of the name.
POST_NOMINALS = frozenset({"SC", "QC", "KC", "SAN", "MP", "TD", "MEP", "MSP", "MLA", "MHA", "MNA", "MPP",
                           "OBE", "MBE", "CBE", "KBE", "DBE", "JP", "PhD"})


# Titles abbreviated before a name, and the title each stands for ("Supt Kuman" is Superintendent Kuman)
TITLE_ABBREVIATIONS = {"supt": "superintendent", "insp": "inspector", "sgt": "sergeant", "cllr": "councillor",
                       "cpl": "corporal", "capt": "captain", "lt": "lieutenant", "maj": "major", "cmdr": "commander",
                       "det": "detective", "const": "constable", "comm": "commissioner", "hon": "honourable",
                       "asst": "assistant",     # ("Asst Comm X": an assistant commissioner of police)
                       "sen": "senator", "rep": "representative", "gov": "governor"}     # ("Sen. X" ... "Senator X")
