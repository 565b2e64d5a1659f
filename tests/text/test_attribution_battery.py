"""A battery of made-up reports (issue 14, second round): who each figure is credited to.

Every sentence here was written for this test from general knowledge of how reports word
their credits, across kinds of evacuation (storms, floods, earthquakes, volcanoes, fires,
industrial accidents, sieges, airlifts of foreigners, refugee flows, camps, tolls) and
styles of source (wire copy, UN and Red Cross releases, government statements, local press
in several Englishes). None is taken from the evaluation articles. Names are invented.

The expected credit follows the labelling convention: the organisation or person the
report credits, empty when the outlet states the figure itself. Credits are compared the
way the evaluation compares them: in the brief's canonical spelling, loosely (one name
may contain the other: "health ministry" names "Kenya's health ministry").
"""

from __future__ import annotations

import re
from datetime import date

import pytest

from corridor.text.attribution import canonical_source
from corridor.text.extract import extract_figures
from corridor.text.model import Document


def _norm(text: str) -> str:
    text = re.sub(r"['’]s\b", "", canonical_source(text).lower())
    text = re.sub(r"\b(?:the|a|an|of|for|u\.s\.|us)\b", " ", text)
    return " ".join(re.findall(r"[a-z]+", text))


def _same(predicted: str, expected: str) -> bool:
    a, b = _norm(predicted), _norm(expected)
    if not a or not b:
        return a == b
    return a == b or f" {a} " in f" {b} " or f" {b} " in f" {a} "


def _credit(text: str, marker: str) -> str:
    document = Document("battery", text, "Test Post", date(2024, 5, 10))
    at = text.index(marker)
    for figure in extract_figures(document):
        if figure.span.start <= at < figure.span.end or at <= figure.span.start < at + len(marker):
            return figure.source if figure.attributed else ""
    raise AssertionError(f"no figure found at {marker!r}")


# (report text, the figure's opening words, the credit a careful analyst would sign)
CASES = [
    # --- cyclones and floods: Indian, Bangladeshi, Philippine, African, US copy ---
    ("Authorities evacuated more than 110,000 people ahead of Cyclone Rana, the state's "
     "special relief commissioner said on Thursday.", "110,000", "special relief commissioner"),
    ("Over 2.5 lakh people have been shifted to cyclone shelters, Chief Minister Naveen Das "
     "told reporters in Bhubaneswar.", "2.5 lakh", "Naveen Das"),
    ("The National Disaster Management Authority said 45,000 families had been moved to "
     "relief camps.", "45,000", "National Disaster Management Authority"),
    ("According to figures from the provincial disaster authority, 12,400 people are "
     "sheltering in 63 evacuation centres.", "12,400", "provincial disaster authority"),
    ("Data compiled by the Office of Civil Defense showed 8,200 families were staying in "
     "evacuation centers.", "8,200", "Office of Civil Defense"),
    ("About 2,000 persons have been displaced by the flood in Kogi State, the State "
     "Emergency Management Agency (SEMA) has said.", "2,000", "State Emergency Management Agency"),
    ("The death toll from the floods has risen to 67, the Pakistani military said in a "
     "statement.", "67", "Pakistani military"),
    ("A statement from the Ministry of Home Affairs said 5,600 people had been rescued by "
     "boat.", "5,600", "Ministry of Home Affairs"),
    ("Bangladesh's disaster management ministry put the number of people in shelters at "
     "1.2 million.", "1.2 million", "disaster management ministry"),
    ("In Beira alone, 90,000 people are in temporary accommodation centres, according to "
     "the INGC.", "90,000", "INGC"),
    ("Governor Maria Santos said 3,000 residents had been evacuated from low-lying villages. "
     "She added that 150 people were still stranded on rooftops.", "150", "Maria Santos"),
    ("The American Red Cross opened shelters across the state on Monday. The Red Cross said "
     "1,200 people spent the night in them.", "1,200", "American Red Cross"),
    ("Some 2,500 people were evacuated in the state of Guerrero, Civil Protection said in a "
     "statement.", "2,500", "Civil Protection"),
    ("In a post on X, the Philippine Coast Guard said 1,800 passengers were stranded in "
     "ports.", "1,800", "Philippine Coast Guard"),
    # --- earthquakes ---
    ("The quake killed at least 312 people, disaster agency spokesman Agus Wibowo told "
     "reporters.", "312", "Agus Wibowo"),
    ("Turkey's disaster agency AFAD said 4,500 rescue workers had been deployed.", "4,500",
     "AFAD"),
    ("More than 9,000 people have died, the health ministry said, adding that 25,000 were "
     "injured.", "25,000", "health ministry"),
    ("State news agency Xinhua reported that 1,800 residents were relocated overnight.",
     "1,800", "Xinhua"),
    ("\"We have pulled 47 people alive from the rubble,\" fire chief Tomas Ortega wrote on "
     "Twitter.", "47", "Tomas Ortega"),
    ("Home ministry spokesman Ram Prasad Koirala said 7,200 houses were destroyed and 350 "
     "people killed.", "350", "Ram Prasad Koirala"),
    ("Red Crescent spokesman Mehmet Aslan told state media that 900 people were pulled from "
     "the rubble.", "900", "Mehmet Aslan"),
    # --- volcanoes ---
    ("Phivolcs chief Renato Solis said about 56,000 people had fled the danger zone around "
     "the volcano.", "56,000", "Renato Solis"),
    ("About 14,000 residents have been evacuated, the civil protection agency said on "
     "Sunday. It also said 600 tourists were flown out of the island.", "600",
     "civil protection agency"),
    ("The National Emergency Management Organisation (NEMO) said 3,200 people were in "
     "public shelters.", "3,200", "National Emergency Management Organisation"),
    ("More than 20,000 people have left the red zone, the governor's office said.", "20,000",
     "governor's office"),
    # --- wildfires ---
    ("Cal Fire said 52,000 people were under evacuation orders in Butte County.", "52,000",
     "Cal Fire"),
    ("About 88,000 residents fled Fort Ridge, Premier Anne Walsh told a news conference on "
     "Wednesday.", "88,000", "Anne Walsh"),
    ("The county sheriff's office said 631 people remain unaccounted for.", "631",
     "sheriff's office"),
    ("Officials said 1,300 homes had burned; 76 people were confirmed dead, according to "
     "Sheriff Kory Bell.", "76", "Kory Bell"),
    ("Fire service spokesman Yannis Artos said 19,000 people had been moved from villages "
     "and hotels.", "19,000", "Yannis Artos"),
    ("The fire has forced 30,000 people from their homes, according to the Ministry of "
     "Civil Protection.", "30,000", "Ministry of Civil Protection"),
    # --- nuclear and industrial accidents ---
    ("The government ordered 80,000 residents within 20 km of the plant to leave, the chief "
     "cabinet secretary said.", "80,000", "chief cabinet secretary"),
    ("Plant operator Tepco said 2,500 workers remained at the site.", "2,500", "Tepco"),
    ("More than 600 people were treated for gas exposure, district collector Vinay Chand "
     "said.", "600", "Vinay Chand"),
    ("The chemical plant explosion killed 44 workers, state broadcaster CCTV reported.", "44",
     "CCTV"),
    ("Around 1,500 residents living near the derailment site were told to leave, Governor "
     "Mike Dale said at a briefing.", "1,500", "Mike Dale"),
    # --- sieges and humanitarian corridors ---
    ("The ICRC said 5,000 civilians had been evacuated from the besieged district in a "
     "convoy of buses.", "5,000", "ICRC"),
    ("Some 300 civilians left the plant on Saturday, the UN humanitarian coordinator, Marta "
     "Lind, said.", "300", "Marta Lind"),
    ("State news agency SANA said 2,100 people left the eastern neighbourhoods through the "
     "corridor.", "2,100", "SANA"),
    ("The Syrian Observatory for Human Rights said 60 civilians were killed in shelling on "
     "Tuesday.", "60", "SOHR"),
    ("Deputy Prime Minister Iryna Koval wrote on Telegram that 3,100 people were evacuated "
     "from the city on Thursday.", "3,100", "Iryna Koval"),
    ("The Russian defence ministry claimed 11,000 people had left via the corridor.",
     "11,000", "Russian Ministry of Defence"),
    ("Quoting the regional governor, Interfax said 400 people were still trapped in the "
     "basement.", "400", "regional governor"),
    ("Local council head Oleh Boyko said on Facebook that 1,700 residents had been bused "
     "out.", "1,700", "Oleh Boyko"),
    ("\"Yesterday we took out 800 people,\" said Pavlo Danko, the regional governor. "
     "\"Today another 1,200 are waiting at the station.\"", "1,200", "Pavlo Danko"),
    # --- evacuations of foreigners: airlifts and ships ---
    ("The Foreign Office said 1,888 British nationals had been flown out of the capital on "
     "22 flights.", "1,888", "Foreign Office"),
    ("Some 540 people of 20 nationalities were evacuated on a navy ship to Jeddah, the Saudi "
     "foreign ministry said.", "540", "Saudi foreign ministry"),
    ("A spokesperson for the Indian embassy said 3,000 Indians had registered to leave.",
     "3,000", "Indian embassy"),
    ("Pentagon press secretary John Ryder told reporters 1,200 Americans had been evacuated "
     "by air.", "1,200", "John Ryder"),
    ("France's armed forces ministry said 388 people, including 150 French citizens, were "
     "flown to Djibouti.", "388", "armed forces ministry"),
    ("About 4,000 foreigners are still in the country, a senior State Department official "
     "said.", "4,000", "State Department official"),
    ("On Monday the Department of Foreign Affairs (DFA) said 1,200 Filipino workers were "
     "repatriated.", "1,200", "Department of Foreign Affairs"),
    ("Kenya's foreign ministry said two flights had left the capital. The ministry also said "
     "600 Kenyans were still waiting to be evacuated.", "600", "foreign ministry"),
    ("Global Affairs Canada said in an email that 700 Canadians had left on military "
     "flights.", "700", "Global Affairs Canada"),
    ("A statement from the Presidency said 1,500 Nigerians would be flown home.", "1,500",
     "Presidency"),
    # --- refugee flows across borders ---
    ("More than 400,000 refugees have crossed into Bangladesh since August 25, UNHCR said.",
     "400,000", "UNHCR"),
    ("IOM spokesman Leon Dorr told a briefing in Geneva that 9,000 people crossed on Monday "
     "alone.", "9,000", "Leon Dorr"),
    ("Polish border guards said on Twitter that 120,000 people had entered in 24 hours.",
     "120,000", "Polish border guards"),
    ("An estimated 5,000 Venezuelans cross the bridge every day, according to Colombia's "
     "migration authority.", "5,000", "migration authority"),
    ("Data compiled by the UN refugee agency show 1.5 million people have fled the country.",
     "1.5 million", "UNHCR"),
    ("The number of refugees in Chad has reached 400,000, the World Food Programme said.",
     "400,000", "World Food Programme"),
    ("Moldovan officials told reporters at the crossing that 3,500 people arrived "
     "overnight.", "3,500", "Moldovan officials"),
    ("Around 7,000 refugees arrived in Uganda in the first week of May, the Office of the "
     "Prime Minister said.", "7,000", "Office of the Prime Minister"),
    ("The Kenya Red Cross Society said 2,300 people had crossed at Moyale.", "2,300",
     "Kenya Red Cross Society"),
    ("UNHCR said 12,000 people had arrived in Renk since Friday. The agency said another "
     "3,000 were waiting at the crossing.", "3,000", "UNHCR"),
    ("\"Every day 2,000 more arrive,\" said Mercy Otieno, who runs the reception centre.",
     "2,000", "Mercy Otieno"),
    # --- camps and shelters ---
    ("Nearly 900,000 Rohingya now live in the camps, the Inter Sector Coordination Group "
     "said.", "900,000", "Inter Sector Coordination Group"),
    ("The camp now holds 54,000 people, camp manager Ahmed Noor told AFP.", "54,000",
     "Ahmed Noor"),
    ("There are 3,400 evacuees at the convention center, the city's emergency management "
     "director said.", "3,400", "emergency management director"),
    ("According to the Department of Social Welfare and Development, 32,000 families are "
     "staying in evacuation centers.", "32,000", "Department of Social Welfare and Development"),
    ("Over 1,000 evacuees are housed at the stadium, Mayor Lucia Ferreira wrote on X.",
     "1,000", "Lucia Ferreira"),
    ("The mayor, Pedro Alves, told reporters that 700 people were in shelters. He added that "
     "90 more had been rescued from the river overnight.", "90", "Pedro Alves"),
    # --- tolls ---
    ("The death toll rose to 98, the Civil Defence said.", "98", "Civil Defence"),
    ("At least 40 people died, said Juan Perez, a spokesman for the fire department.", "40",
     "Juan Perez"),
    ("Hospital officials said 23 bodies had been brought to the morgue.", "23",
     "Hospital officials"),
    ("The toll stands at 1,045 dead, according to the latest government figures.", "1,045",
     "government"),
    ("Initial estimates from the health ministry put the number of dead at 120.", "120",
     "health ministry"),
    ("The military's spokesman, Col. Rafael Mendez, said 12 soldiers and 30 civilians were "
     "killed.", "30", "Rafael Mendez"),
    ("Doctors at the main hospital said they had received 60 wounded.", "60", "Doctors"),
    ("At least 18 people were killed, the civil protection agency wrote on X.", "18",
     "civil protection agency"),
    ("The Ministry of Health said 45 people died in the blast. The ministry also said 210 "
     "were injured.", "210", "Ministry of Health"),
    ("The interior ministry said 12,000 people had been displaced by the floods. \"A further "
     "3,000 are marooned,\" the statement said.", "3,000", "interior ministry"),
    ("Dr Amina Yusuf of MSF said 300 patients were treated. The charity also said 45 of them "
     "had gunshot wounds.", "45", "MSF"),
    ("Police told the AP that 11 people were killed.", "11", "Police"),
    ("\"More than 1,000 people are in the school,\" a teacher told Reuters.", "1,000",
     "teacher"),
    ("According to a tally by Reuters, at least 250 people were killed.", "250", "Reuters"),
    ("The UN said in a report released on Monday that 1.8 million people are displaced in "
     "Darfur.", "1.8 million", "UN"),
    ("The governor's spokesman said 3,000 National Guard troops were deployed.", "3,000",
     "governor's spokesman"),
    ("An initial estimate from the provincial government put the number of displaced at "
     "20,000.", "20,000", "provincial government"),
    ("Xinhua, citing local authorities, said 13,000 people had been relocated.", "13,000",
     "local authorities"),
    ("The number of those displaced has climbed to 45,000, said Dr. Salim Waziri, the camp "
     "coordinator.", "45,000", "Salim Waziri"),
    ("The NDMA said 14,000 people were in camps. It added that 3,000 more had arrived on "
     "Tuesday.", "3,000", "NDMA"),
    ("Governor Ana Cruz said 2,000 families had been moved. Another 500 families are "
     "expected to leave on Sunday, she said.", "500", "Ana Cruz"),
    ("\"We have registered 6,000 new arrivals this week,\" said Maria Lopes of UNHCR. \"About "
     "1,500 of them are under five.\"", "1,500", "Maria Lopes"),
    ("More than 4,000 people have been evacuated from the coastal towns. The figures were "
     "released by the regional government on Sunday.", "4,000", "regional government"),
    ("About 11,000 people have crossed since Friday. That is according to the UN refugee "
     "agency.", "11,000", "UNHCR"),
    # --- Red Cross and Red Crescent bodies, state media, spokespeople, posts ---
    ("The IFRC said 25,000 people were in evacuation centres. It also warned that 3,000 "
     "more people could be displaced.", "3,000", "IFRC"),
    ("The International Federation of Red Cross and Red Crescent Societies said 12,000 "
     "volunteers had been deployed.", "12,000",
     "International Federation of Red Cross and Red Crescent Societies"),
    ("The International Committee of the Red Cross said it had evacuated 150 wounded. The "
     "Red Cross added that 40 of them were children.", "40", "ICRC"),
    ("The Philippine Red Cross deployed teams to Samar. The Red Cross said 5,000 families "
     "were in evacuation centres.", "5,000", "Philippine Red Cross"),
    ("The Sudanese Red Crescent said 300 bodies had been recovered.", "300",
     "Sudanese Red Crescent"),
    ("Syrian state news agency SANA said 1,300 people had left the town.", "1,300", "SANA"),
    ("State television reported that 700 people had been rescued.", "700", "state media"),
    ("The Ethiopian state broadcaster EBC said 80,000 people had returned.", "80,000", "EBC"),
    ("The interior minister's spokesperson said 2,000 police officers had been deployed.",
     "2,000", "interior minister's spokesperson"),
    ("Prime Minister Sara Holm told reporters in the capital that 1,100 citizens had been "
     "brought home.", "1,100", "Sara Holm"),
    ("The mayor wrote on Facebook that 2,400 residents had been moved to higher ground.",
     "2,400", "mayor"),
    ("Foreign Minister Jean Dupuis wrote on X that 230 French nationals had boarded the "
     "frigate.", "230", "Jean Dupuis"),
    ("Navy spokesman Cmdr. Paul Reyes said the ship carried 1,100 evacuees.", "1,100",
     "Paul Reyes"),
    ("OCHA said in its latest situation report that 87,000 people were displaced.", "87,000",
     "OCHA"),
    ("According to the latest figures from the Ministry of Health, 210 people have died.",
     "210", "Ministry of Health"),
    ("Figures compiled by the provincial government show 33,000 people in evacuation "
     "centres.", "33,000", "provincial government"),
    ("Citing police sources, the Daily Nation reported 14 people were killed.", "14",
     "police sources"),
    ("Some 15,000 people have been evacuated, Brazil's civil defence agency said in a "
     "statement on Sunday.", "15,000", "civil defence agency"),
    ("The local government unit reported that 2,300 families were preemptively evacuated.",
     "2,300", "local government unit"),
    ("Health Secretary Juan Ortiz said in a radio interview that 67 patients were moved.",
     "67", "Juan Ortiz"),
    ("At least 90 people were killed, officials said this week.", "90", "officials"),
    ("The agency's spokesman, Musa Bello, said 2,000 persons were still at the camp.", "2,000",
     "Musa Bello"),
    ("The UN migration agency said 9,500 migrants had reached the island this year.", "9,500",
     "IOM"),
    ("\"Over 800 tourists are stranded in Manali,\" the district magistrate told PTI.", "800",
     "district magistrate"),
    ("There are 1,200 people sheltering in the cathedral, the archbishop said.", "1,200",
     "archbishop"),
    ("Some 25,000 people were evacuated from the village of Tala, local media reported.",
     "25,000", "local media"),
    # --- a speaker named in another sentence ---
    ("President Ana Morales ordered the evacuation of the coast. \"We have moved 40,000 "
     "people so far,\" she said.", "40,000", "Ana Morales"),
    ("Governor Luis Tan visited the shelters on Monday. He said 6,000 people were sleeping "
     "there.", "6,000", "Luis Tan"),
    ("Colombia's migration agency said 3,000 Venezuelans crossed on Sunday. Its director, "
     "Carlos Ruiz, added that 500 were children.", "500", "Carlos Ruiz"),
    ("More than 6,000 people remain in the shelters. The Ministry of Social Development said "
     "this on Tuesday.", "6,000", "Ministry of Social Development"),
    ("About 1,500 people left the village on Monday.\nSource: regional military "
     "administration", "1,500", "regional military administration"),
    # --- estimates and passives: who put, raised or confirmed the figure ---
    ("The toll was put at 45 by the health ministry.", "45", "health ministry"),
    ("The deaths of 12 people were confirmed by police.", "12", "police"),
    ("The initial estimate of 5,000 evacuees was later raised to 8,000 by county officials.",
     "8,000", "county officials"),
    ("According to initial estimates by the civil protection service, 2,000 people were "
     "displaced.", "2,000", "civil protection service"),
    ("The ministry's initial estimate was 300 dead.", "300", "ministry"),
    ("An initial government estimate put the number of people forced from their homes at "
     "70,000.", "70,000", "government"),
    # --- more Englishes and styles ---
    ("As per the district administration, 3,200 people have been shifted to relief camps.",
     "3,200", "district administration"),
    ("The official informed that 450 families were evacuated from the low-lying areas.",
     "450", "official"),
    ("Over 1,000 pilgrims are stranded, officials told ANI.", "1,000", "officials"),
    ("The Chief Secretary disclosed that 15,000 people were in camps.", "15,000",
     "Chief Secretary"),
    ("Police confirmed to The Standard that 9 people had drowned.", "9", "Police"),
    ("In a press release, the ICRC said 350 detainees had been released.", "350", "ICRC"),
    ("The NDRRMC reported that 12,000 people were in evacuation centers.", "12,000", "NDRRMC"),
    ("The Secretariat of Civil Protection said 4,000 people were in shelters in Oaxaca.",
     "4,000", "Secretariat of Civil Protection"),
    ("Some 600 people have crossed into Panama this week, Panamanian migration authorities "
     "said.", "600", "Panamanian migration authorities"),
    ("Speaking to journalists, Governor Babajide Ola said 1,000 people had been relocated.",
     "1,000", "Babajide Ola"),
    ("The government spokesman, Peter Kamau, said 38 people died.", "38", "Peter Kamau"),
    ("A senior UN official, who asked not to be named, said 200,000 people were trapped.",
     "200,000", "UN official"),
    ("The ministry of health, in a statement, said 64 people were killed.", "64",
     "ministry of health"),
    ("The charity Save the Children said 6,000 children had arrived alone.", "6,000",
     "Save the Children"),
    ("Local broadcaster NHK reported that 3,000 people were in shelters.", "3,000", "NHK"),
    ("Five people died and 20 were injured, the hospital's director, Dr. Omar Said, told Al "
     "Jazeera.", "20", "Omar Said"),
    ("\"We have evacuated 2,300 people,\" the commissioner told the Daily Monitor, adding "
     "that 500 more were waiting.", "500", "commissioner"),
    ("Officials now think 9,000 people are in the shelters, twice the initial estimate of "
     "4,500.", "4,500", ""),
    ("The initial estimate of 5,000 evacuees was later raised to 8,000 by county officials.",
     "5,000", ""),
    ("The ministry said its initial estimate of 300 dead had been revised to 250.", "300",
     "ministry"),
    ("Minister Ana Ruiz arrived in the port on Monday. The agency said 2,000 people were in "
     "shelters. She said 40 more had died overnight.", "40", "Ana Ruiz"),
    ("The mayor said so far 500 people had been evacuated.", "500", "mayor"),
    # --- further wire and agency forms ---
    ("Officials in the capital said 200,000 people fled.", "200,000", "Officials"),
    ("\"The situation is dire,\" said Ana Ruiz of the Norwegian Refugee Council, adding that "
     "40,000 people had no shelter.", "40,000", "Ana Ruiz"),
    ("Cyclone kills 40, says minister", "40", "minister"),
    ("Nearly 3,000 people, most of them women and children, have arrived in the past week, "
     "the agency's country representative, Maria Costa, said.", "3,000", "Maria Costa"),
    ("According to UNHCR spokesperson Olga Serra, 8,000 refugees arrived.", "8,000",
     "Olga Serra"),
    ("Between 400 and 500 people are believed to be trapped, rescuers said.", "400",
     "rescuers"),
    ("The coast guard has rescued 600 migrants this year, its commander told reporters.",
     "600", "commander"),
    ("More than 70 people have died, the Tripoli-based health ministry said.", "70",
     "health ministry"),
    ("Authorities have evacuated about 1,000 residents, Xinhua news agency said.", "1,000",
     "Xinhua"),
    ("Speaking on condition of anonymity, a police officer said 25 bodies had been found.",
     "25", "police officer"),
    ("A total of 350 people have been rescued so far, said Ricardo Luna, head of the fire "
     "brigade.", "350", "Ricardo Luna"),
    ("The state-run Philippine News Agency reported 4,500 families were evacuated.", "4,500",
     "Philippine News Agency"),
    ("The ministry tweeted that 1,100 citizens had been brought home.", "1,100", "ministry"),
    ("Figures from the Home Office show 45,000 people crossed the Channel last year.",
     "45,000", "Home Office"),
    ("The government says 14,000 people have been evacuated.", "14,000", "government"),
    ("About 2,000 people were evacuated, a local official told the BBC.", "2,000",
     "local official"),
    ("Thousands of residents fled, witnesses told Reuters.", "Thousands", "witnesses"),
    # --- the outlet's own statements: no credit ---
    ("The UN said 5,000 people had fled. This comes as 300 more arrived on Tuesday.", "300",
     ""),
    ("Some 2,000 people crossed on Monday. The figures were higher than on Sunday.", "2,000",
     ""),
    ("Some 5,000 people left by bus. This is by far the largest military evacuation this "
     "year.", "5,000", ""),
    ("The government has asked 5,000 residents to leave, but many said they would stay.",
     "5,000", ""),
    ("Rescuers pulled 14 survivors from the rubble on Friday.", "14", ""),
    ("Nearly 500 people attended the funeral, where the mayor said the town would rebuild.",
     "500", ""),
    ("It is estimated that 10,000 people remain in the city.", "10,000", ""),
    ("The hurricane hit the coast on Tuesday, and 800 people were rescued from rooftops.",
     "800", ""),
    ("The governor ordered 12,000 residents to leave.", "12,000", ""),
    ("More than 3,000 people spent the night in the sports hall.", "3,000", ""),
    ("The bus carrying 45 evacuees reached the border at dawn.", "45", ""),
    ("Some 200 people were rescued by boat, and officials said more rescues were planned.",
     "200", ""),
    ("The health minister visited the hospital on Monday. By evening, 40 patients had been "
     "moved to other towns.", "40", ""),
    ("Interior Minister Sami Bakr said 500 police were deployed. Rains continued overnight, "
     "and 2,000 more people left their homes.", "2,000", ""),
]  # fmt: skip


@pytest.mark.parametrize(("text", "marker", "source"), CASES)
def test_the_battery_credits_each_figure(text: str, marker: str, source: str) -> None:
    """Should credit the figure to whom the report credits it, or to no one."""
    credit = _credit(text, marker)
    assert _same(credit, source), f"{marker}: credited {credit!r}, want {source!r}"
