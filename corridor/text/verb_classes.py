"""Word classes that say what happened to the people a number counts.

Verbs (and a few nouns and phrases) grouped by the metric they point to: moved out
(evacuated), arrived, still there (remaining), waiting, sheltered or living somewhere
(present), killed, wounded, missing, captured, affected (other), plus the cues of a plan
and of a failed attempt. They are written from general English usage, in all their
forms (past, participle, present, nominalisation), not from the reports they are tested
on. Which match governs a number is decided in ``corridor.text.meaning``.
"""

from __future__ import annotations

import re

from corridor.text.word_start import word_start

# Places people are put up in: "staying in shelters" is a stock there, not staying behind.
SHELTERS = (
    r"(?:[\w,.]+ ){0,4}?(?:shelters?|camps?|cent(?:re|er)s?|hotels?|schools?|tents?|relatives"
    r"|friends|famil(?:y|ies)|hosts?|gyms?|stadiums?|churches|mosques|temples|bases?|halls?"
    r"|cars|vehicles|settlements?|dormitor(?:y|ies)|barracks|hostels?|apartments?|flats"
    r"|(?:IDP|displacement) sites?)\b"
)

# Nouns of places: "the worst-affected districts" describes a place, not the people.
PLACES = (
    r"(?:areas?|districts?|regions?|provinces?|zones?|villages?|towns?|cit(?:y|ies)"
    r"|communit(?:y|ies)|parts?|countries|states|count(?:y|ies)|islands?|localit(?:y|ies)"
    r"|neighbou?rhoods?|coasts?|municipalit(?:y|ies)|sites?|settlements?|suburbs?)\b"
)

# Waiting for aid is not waiting for a way out: "queue patiently for food", "awaiting relief".
NOT_FOR_AID = (
    r"(?! (?:\w+ ){0,2}?(?:for )?(?:\w+ )?(?:food|aid|water|relief|rations|supplies|cash|help"
    r"|assistance|medicines?|fuel|gas(?:oline)?|petrol|bread|handouts|distributions?|treatment"
    r"|care|compensation|payments?|news)\b)"
)

# What people in need lack: "need food aid", "needed housing" (a need, not a move or a stay).
NEEDS = (
    r"(?:aid|assistance|help|food|shelter|water|support|protection|housing|accommodation"
    r"|homes?|a home|a roof|blankets|medical care)\b"
)

# Places people displaced are put up in: remaining or still there is a sheltered stock
# ("remain in the camps" stays ``remaining``, as decided before: a camp is also where people
# are held).
SHELTERED_IN = (
    r"(?:\w+ ){0,3}?(?:shelters?|hotels?|motels?|tents|gyms?|(?:evacuation|relief|transit"
    r"|reception|collective|IDP|displacement) (?:cent(?:re|er)s?|sites?|points?|camps?))\b"
)

# A night spent somewhere: "the night", "Monday night", "two nights", "overnight".
NIGHT = (
    r"(?:(?:on |during )?(?:(?:the|a|last|the previous|that|\w+day|two|three|four|five|several"
    r"|\d+) )?nights? "
    r"|overnight )"
)

# People who move others, named by the move they make: "rescue workers", "evacuation teams"
# are deployed, not moved.
_CREWS = (
    r"(?:workers?|teams?|crews?|personnel|services?|units?|squads?|dogs?|volunteers?|officials?"
    r"|staff|agenc(?:y|ies)|forces?|coordinators?)\b"
)


# Verb (and noun) classes, from general English usage rather than from any one report. Each
# is searched in the clause of the number; the nearest match wins, the first class on a tie.
EVENTS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile(word_start(pattern), re.I))
    for name, pattern in (
        ("killed", r"\b(?:kill(?:s|ed|ing)?|dead|died|dies|die|dying|deaths?|lost their lives"
                   r"|massacred|slaughter(?:s|ed|ing)?|butchered|mown down|mowed down"
                   r"|executed|slain|fatalities|fatality|fatally|bodies|corpses"
                   r"|asphyxiated|suffocated|drowned|perished|electrocuted"
                   r"|(?:burned|burnt|crushed|starved|froze|frozen|beaten|stabbed|trampled|hacked"
                   r"|stoned|shot) to death"
                   r"|murdered|assassinated|beheaded|gunned down|neutrali[sz]ed|succumbed"
                   r"|death toll|(?:claim\w*|cost|took|tak(?:e|es|en|ing)) (?:the )?lives"
                   r"|(?:the|human|mortal) remains(?: of)?"
                   r"|(?:buried|bur(?:y|ies|ying))(?! (?:under|beneath|alive|in the rubble)))\b"),
        # "wound up waiting", "wound their way": the verb of winding, not a wound
        ("wounded", r"\b(?:wound(?:s|ed|ing)?(?! up\b| down\b| (?:its|their|his|her|our) way\b)"
                    r"|injur(?:e|es|ed|ing)|injur(?:y|ies)|hurt|maimed"
                    r"|critical condition|sick|fell ill|poison(?:ed|ing)|hospitali[sz]ed"
                    r"|suffer(?:ed|ing) burns"
                    r"|admitted to (?:a |the )?hospitals?|treated (?:for|in|at)"
                    # "hospitals admitted 1,200 people": the count is of patients
                    r"|(?:hospitals?|clinics?|wards?) (?:have |had )?(?:admitted|received)(?=\s*$)"
                    # the number is what was treated: "the clinic treated 450 people"
                    r"|treat(?:ed|s|ing)(?=\s*$))\b"),
        ("missing", r"\b(?:(?:went|gone|go(?:es|ing)?) missing|missing|unaccounted for"
                    r"|disappeared|about whom|whereabouts|fate of"
                    r"|not (?:yet )?(?:been )?(?:located|found|traced|heard from|accounted for)"
                    r"|lost contact|could not be (?:reached|contacted|located)"
                    # searched for: only right before the number ("searching for 27 people")
                    r"|(?:search(?:ing|ed|es)?|looking|hunt(?:ing)?) for(?=\s*$)"
                    # carried off by water, mud or snow: not (yet) found
                    r"|(?:swept|washed|carried) away"
                    r"|buried (?:under|beneath|in the (?:rubble|debris|mud))"
                    r"|(?:remains?|remained|is|are|was|were) (?:still )?unknown"
                    r"|(?:remain(?:s|ed)?|are still|were still) (?:\w+ )?(?:unaccounted|missing)"
                    r")\b"),
        ("captured", r"\b(?:captured?|abducted|kidnapped|detained|arrested|held hostage"
                     r"|hostages?|taken (?:hostage|captive|prisoner)|held captive|imprisoned"
                     r"|jailed|seized|(?:taken|took|take|taking) into custody)\b"),
        # affected, in need, infected: a count of people that says nothing about a move
        # (lives saved or spared are not a toll)
        ("other", r"\b(?:(?:affected|impacted)(?! (?:\w+ )?" + PLACES + r")"
                  r"|sav(?:e|es|ed|ing)|spar(?:e|es|ed|ing)"
                  r"|(?:been|be|being) reached"  # reached by aid workers, not arriving
                  # aid that reaches people: they receive it, no one arrives
                  r"|(?:aid|assistance|relief|food|supplies|help|rations|convoys?)"
                  r" (?:[\w'’-]+ ){0,3}?reach(?:es|ed|ing)?"
                  r"|with (?:\w+ ){0,2}?(?:aid|assistance|relief|rations|supplies|cash)"
                  r"|in (?:(?:urgent|dire|desperate|acute|great) )?need"
                  r"(?! of (?:evacuation|rescue))"
                  r"|need(?:s|ed|ing)? (?:\w+ )?" + NEEDS + r"|at risk|exposed|vulnerable"
                  r"|infected|infections?|test(?:ed|s)? positive|symptoms|screened|vaccinated"
                  r"|in the path of|without (?:\w+ )?(?:power|electricity|water|food|shelter)"
                  r"|receiv(?:e|es|ed|ing) (?:\w+ ){0,2}?(?:aid|food|assistance|relief|cash|help"
                  r"|supplies|rations))\b"),
        ("waiting", r"\b(?:(?:wait(?:ed|ing)?|awaiting|pending|queu(?:e|ed|ing)|in line(?! with)"
                    r"|lin(?:ing|ed) up)" + NOT_FOR_AID
                    + r"|told to be|no man's land|gathered to leave"
                    # held up at a way out (a border, a port, an airport): waiting to leave
                    # (staying or sleeping there: "remain at the border crossing")
                    r"|(?:left )?(?:(?:a)?mass(?:ed|ing)|gather(?:ed|ing)|assembl(?:ed|ing)"
                    r"|remain(?:s|ed|ing)?|stay(?:s|ed|ing)?|sitting|sat|sleeping|slept"
                    r"|congregat(?:ed|ing)|cluster(?:ed|ing)|bunched|crowd(?:ed|ing)|camp(?:ed|ing)"
                    r"|stuck|stranded) (?:\w+ ){0,2}?(?:at|on|near|along|outside) "
                    # "on the Greek side of the border", "at several points along its borders"
                    r"(?:(?:the|its|their|a|an"
                    r"|(?:[\w-]+ ){1,4}?(?:points?|places|spots|areas|sites)"
                    r" (?:along|on|at|near)) )*"
                    r"(?:(?:\w+ )?side of (?:the )?)?"
                    r"(?:[\w()'’-]+ ){0,2}?(?:borders?|ports?|airports?|crossings?|quays?"
                    r"|harbou?rs?"
                    r"|gates?"
                    r"|terminals?|checkpoints?|docks?|piers?|embass(?:y|ies)|frontier)"
                    r"|waiting lists?)\b"),
        ("remaining", r"\b(?:remain(?:ed|s|ing)?"
                      # the state they remain in says more: "remain homeless", "remain in hospital"
                      r"(?! (?:still )?(?:internally )?(?:displaced|homeless|hospitali[sz]ed"
                      r"|in (?:a |the )?(?:hospitals?|critical|serious|intensive)"
                      # "remain without power", "remain at risk": a need, not a stay
                      r"|without|at risk|in (?:urgent |dire |desperate )?need|vulnerable|exposed"
                      r"|(?:out of|away from) (?:their|his|her) homes?))"
                      # remaining in shelters is a sheltered stock (present)
                      r"(?! (?:in|at|inside) " + SHELTERED_IN + r")|trapped"
                      r"|still (?:(?:believed|thought|said|reported) )?(?:to be )?"
                      r"(?:(?:in|inside|at)(?! " + SHELTERED_IN + r")|on|aboard|there|within)"
                      r"|to still be (?:in|inside|at|on|aboard|there|within)"
                      r"|still need(?:ed|s)?(?! (?:\w+ )?" + NEEDS + ")"
                      r"|still liv(?:e|es|ing) (?:in|at)(?! (?:tents|" + SHELTERED_IN + r"))"
                      r"|in need of (?:evacuation|rescue)"
                      r"|stay(?:s|ing|ed)?"
                      r"(?! " + NIGHT + r"?(?:in|inside|at|with) " + SHELTERS + r")"
                      r"(?! (?:out of|away from) (?:their|his|her) homes?)"
                      r"|being held|yet to (?:leave|heed|be evacuated|get out)"
                      # people held in one place: "concentrated", "cornered", "hemmed in"
                      r"|concentrated|cornered|hemmed in|penned in|encircled"
                      r"|left (?:stranded|stuck|trapped|behind)|stranded|stuck|besieged"
                      # the passive of "leave" with a place: "200 people were left on the island"
                      r"|(?:are|is|were|was|been|being) (?:still |now |only )?left"
                      r" (?:in|on|at|inside|aboard|there|within)\b"
                      r"|holding out|confined"
                      r"|kept back|not allowed out|cut off|isolated|surrounded|encircled"
                      r"|under siege"
                      r"|marooned|holed up|hunker\w* down|shelter\w*[ -]in[ -]place"
                      r"|r(?:ide|iding|ode|idden) out|defi(?:ed|ying)|ignor(?:ed|ing)"
                      # an order not followed: "did not heed the evacuation call"
                      r"|(?:not|n['’]t|refus\w* to|fail\w* to) (?:heed|obey|comply|follow)\w*)\b"),
        # "a town home to 65,000": right before the number ("flew 346 home to Dhaka" moves)
        ("present", r"\b(?:home to(?=(?:\s+(?:some|about|around|nearly|over|more than"
                    r"|at least|an estimated|roughly|up to))*\s*$)"
                    r"|living|lived|live (?:in|within|near|around|on|inside|close|here|there)"
                    r"|residing|resident|settled (?:in|at|into|near)"
                    r"|registered(?! (?:at|on|upon) (?:the )?(?:border|crossing|arrival|entry))"
                    # "registered as missing": the state after "as" is what is counted
                    r"(?! as (?:\w+ )?(?:missing|dead|deceased|killed|injured|wounded))"
                    r"|total (?:number )?of \w+ in|population"
                    r"|number of (?!(?:dead|injured|wounded|missing|killed|displaced)\b)\w+ in\b"
                    r"|packed with|include|bears"
                    # a place that had people: "the shelters had about 1,400 people overnight"
                    r"|(?:shelters?|camps?|cent(?:re|er)s?|sites?|schools?|arenas?|stadiums?"
                    r"|halls?|churches|hotels?)\b[^,;.]{0,60}?\b(?:had|has|have)"
                    r"(?=(?:\s+(?:some|about|around|nearly|over|more than|at least|an estimated"
                    r"|roughly|up to))*\s*$)"
                    # "reported the presence of over 3,000 refugees": who is there
                    r"|presence of"
                    # who is kept or posted somewhere: a stock, not a move
                    r"|deployed|stationed|based (?:in|at)|mobili[sz]ed|activated|dispatched"
                    r"|assigned|posted|on duty"
                    r"|on standby"
                    r"|on the ground|sheltering|sheltered|camped|camping|squatt(?:ing|ed)|dwell\w*"
                    r"|(?:stay|spen[dt]|sleep|slept)(?:s|ing|ed)? " + NIGHT
                    + r"?(?:in|inside|at|with) "
                    # a night under a roof ("in the open" or "outdoors" is no shelter)
                    + SHELTERS + r"|(?:spen[dt]|spending|sleep(?:s|ing)?|slept) " + NIGHT + r"?"
                    r"(?:in|at) (?!the open|the streets?|fields)"
                    r"|work(?:s|ed|ing)? (?:in|at|on|through|around|alongside|to)|employed"
                    # crews at work: "taking part in the search", "battling the flames", "combed
                    # through the area" (what they do, when the number is their subject)
                    r"|(?:comb|scour|sift)(?:s|ed|ing)? (?:through|the|across)"
                    r"|(?:taking|took|take|takes) part|participat\w+ in|(?:involved|engaged) in"
                    r"|(?:fight|battl|tackl|combat|extinguish|contain|dous|quench"
                    r"|put(?:ting)? out)\w*"
                    r" (?:the )?(?:\w+ )?(?:fires?|blazes?|flames|wildfires?|infernos?)"
                    r"|put(?:ting)? (?:it|them|the (?:\w+ )?(?:fires?|blazes?|flames)) out"
                    r"|(?:crammed|packed|squeezed|crowded) (?:in|into)|holds|holding(?! out)"
                    r"|(?:filled|crammed|overflowing|teeming) with|full of"

                    r"|host(?:s|ed|ing)?|hous(?:es|ed|ing)|shelters|harbou?r(?:s|ed|ing)|accommodat\w+"
                    r"|lodg(?:ed|ing)|put up"
                    # cared for or looked after where they are
                    r"|car(?:e|es|ed|ing) for|(?:take|takes|taking|taken|took) care of"
                    r"|look(?:s|ed|ing)? after|tend(?:s|ed|ing)? to"
                    r"|(?:left|rendered|made) (?:homeless|destitute"
                    r"|without (?:homes?|a home|shelter))"
                    r"|(?:are|is|were|was|be|being) (?:now |currently )?(?:in|at|inside|aboard"
                    r"|on board)(?! (?:(?:urgent|dire|desperate|acute|great) )?"
                    r"(?:risk|need|danger|least)\b)"
                    r"|(?:are|is|were|was) (?:now |currently |still )?(?:seeking|taking)"
                    r" (?:temporary |emergency |makeshift )?(?:refuge|shelter)"
                    # "people taking refuge in the 5,645 relief camps": there, a stock (who
                    # "sought refuge in Chad" reached it)
                    r"|(?:seeking|taking) (?:temporary |emergency |makeshift )?(?:refuge|shelter)"
                    r" (?:in|at|inside) (?:[\w,.'’-]+ ){0,4}?(?:shelters?|camps?|cent(?:re|er)s?"
                    r"|schools?|churches|mosques|temples|stadiums?|halls?|gyms?|tents|buildings)\b"
                    # packed into or counted in the places they are put up in
                    r"|(?:packed|crammed|crowded|filled|thronged)(?: into)? " + SHELTERS +
                    r"|(?:recorded|enumerated|verified) (?:in|at|inside|across)"
                    r" (?:[\w,.-]+ ){0,4}?(?:shelters?|camps?"
                    r"|(?:evacuation|relief|collective) (?:cent(?:re|er)s?|sites?))\b"
                    r"|(?:recorded|noted|counted) the presence of"
                    r"|(?:are|is|were|was|been) (?:now |newly )?verified"
                    # still out of their homes: "thousands remained out of their homes"
                    r"|(?:remain(?:s|ed|ing)?|stay(?:s|ed|ing)?) (?:out of|away from)"
                    r" (?:their|his|her) homes?"
                    r"|(?:given|provided(?: with)?|providing|offered|f(?:ound|inding))"
                    r" (?:temporary )?"
                    r"(?:shelter|refuge"
                    r"|accommodation|housing)"
                    r"|(?:are|is|remain(?:s|ed)?) (?:still |now |currently )?(?:internally )?"
                    r"(?:displaced|homeless)"
                    # spread over places they stay in: "12,000 are scattered across camps"
                    r"|(?:are|is|were|was|remain(?:s|ed)?|now|still) (?:now |still )?(?:spread"
                    r"|scattered|dispersed) (?:out )?(?:across|among|over|around|in|between"
                    r"|throughout)"
                    # still out of their homes, with no verb: "21,000 people still displaced"
                    r"|still (?:internally )?(?:displaced|homeless|uprooted)"
                    # counted as served where they are put up: "9,314 persons were served
                    # inside 21 evacuation centres" (and "outside" them, with relatives)
                    r"|served (?:inside|outside|in|at) (?:[\w-]+ ){0,4}?(?:cent(?:re|er)s?"
                    r"|ECs?|shelters?|camps?|sites?)"
                    r"|huddled|supplies for"
                    # still or remaining in shelters: "4,000 evacuees are still in shelters"
                    r"|(?:remain(?:s|ed|ing)?|still) (?:in|at|inside) " + SHELTERED_IN +
                    # "the number of people in shelters", unless a verb of their own follows
                    # ("in about 3,200 relief camps": the camps counted by a number)
                    r"|in (?:[\w,.]+ ){0,3}?(?:shelters|(?:relief|transit|evacuation)"
                    r" (?:camps|sites|cent(?:re|er)s))"
                    r"(?! (?:\w+ ){0,3}?(?:were|was|are|is|have|has|had|will)\b)"
                    r")\b"),
        ("arrived", r"\b(?:arriv\w*|influx|inflows?|receiv(?:e|es|ed|ing)|welcom(?:e|es|ed|ing)"
                    r"|admit(?:s|ted|ting)?|t(?:aken|ook|akes) in"
                    r"|enter(?:s|ed|ing)?|entr(?:y|ies)"
                    r"|cross(?:es|ed|ing)?(?! out)|came across"
                    r"|reach(?:es|ed|ing)?"
                    r"|(?:disembark|offload)(?:s|ed|ing)?|check(?:s|ed|ing)? in(?:to)?"
                    r"|land(?:s|ed)|docked|flooded over|touched down"
                    r"|(?:stream|pour|flock|trickl|spill|surg)(?:e|s|es|ed|ing)? (?:in|into|over"
                    r"|across|through)|flood(?:ed|ing) (?:in|into|over|across|through)"
                    r"|c[ao]me (?:to|into)|made (?:it|their way|its way|his way|her way)"
                    r" (?:to|into|across|over)|g[oe]t (?:to|into|across)"
                    # a crossing made: "3,000 made the crossing on Thursday" (as "crossed")
                    r"|(?:ma(?:de|ke|kes|king)|complet\w+) (?:the|their|this|that|a|its)"
                    r" (?:[\w-]+ ){0,2}?crossings?"
                    r"|made it (?:safely )?(?:to|into|across|over|through)"
                    r"|(?:pass(?:es|ed|ing)?|went|gone|go(?:es|ing)?) through|in transit"
                    r"|transit(?:ed|ing)"
                    r"|(?:registered|processed) (?:at|on|upon) (?:the )?(?:border|crossing|arrival"
                    r"|entry)"
                    r"|(?:sought|seek\w*|took|tak(?:e|es|en|ing)|f(?:ound|inding|inds?))"
                    r" (?:temporary |emergency |makeshift )?(?:refuge|shelter|asylum|safety"
                    r"|sanctuary)"
                    # taken in by a country or a place, right before the number
                    r"|(?:accept|absorb)(?:s|ed|ing)?(?=\s*$)"
                    r")\b"),
        ("evacuated", r"\b(?:evacuat\w*(?! (?:cent(?:re|er)s?|sites?|camps?|shelters?|points?"
                      r"|zones?|routes?|orders?|warnings?|plans?|halls?)| " + _CREWS + r")"
                      r"|left|leaving|leaves?|depart(?:s|ed|ing)?|board(?:s|ed|ing)|fle[de]"
                      r"|flees?|fleeing|escap(?:e|es|ed|ing)|exodus|return(?:s|ed|ing)?"
                      # "went" as a move, not "went missing", "went on strike", "went without"
                      r"|went(?! (?:missing|without|hungry|unnoticed|unreported|unpaid|through"
                      r"|on (?:a |an )?(?:\w+ )?(?:rampage|strike|record|trial|air|sale)))"
                      r"|head(?:s|ed|ing) (?:for|to|towards?|north|south|east|west|home|out)"
                      r"|headed|walk(?:ed|ing)|trek(?:s|ked|king)|climbed|on (?:their|its) way"
                      r"|g[oe]t(?:s|ting|ten)? (?:out|away|down)|brought out|carried out|swept"
                      r"|extricated"
                      # moved by others, by any means
                      r"|moves?|moved|moving|flown|fl(?:y|ies|ying)|flew|airlift(?:s|ed|ing)?"
                      r"|repatriat(?:e|es|ed|ing)|rescu(?:es|ed|ing|e(?! " + _CREWS + r"))"
                      r"|brought|bring|bringing"
                      r"|travel|travell?(?:ed|ing)|relocat(?:e|es|ed|ing)|rehous(?:e|es|ed|ing)|transfer(?:s|red|ring)?"
                      # ("to transport" moves people; "a transport vessel" does not)
                      r"|transport(?:s|ed|ing)|(?<=to )transport"
                      r"|driven|drove|driving|ferried|ferrying|shipped"
                      r"|shuttl(?:ed|ing)|took|taken|takes|bus(?:s)?ed|bus(?:s)?ing|trucked"
                      # "take" as a light verb ("take cover", "take part") moves no one
                      r"|(?:take|taking)(?! (?:(?:temporary|emergency|makeshift) )?(?:cover|part"
                      r"|place|care|action|refuge|shelter|time"
                      r"|steps|measures|note|control|charge|hold|effect|over)\b)"
                      r"|shifted|shifting|dragged"
                      # in every tense, as headlines tell them: "rescuers pluck 300 from roofs"
                      r"|(?:hoist|pluck|pull|extract|haul)(?:s|ed|ing)?|winch(?:es|ed|ing)?"
                      r"|pick(?:s|ed|ing)? up"
                      r"|escort(?:s|ed|ing)?|resettl(?:e|es|ed|ing)|sailed|set (?:off|out)"
                      r"|transplant(?:s|ed|ing)?|re-?sited"
                      # joining a means of leaving: "100 people joined the first convoy"
                      r"|join(?:s|ed|ing)? (?:the |a |an |their |its )?(?:[\w-]+ ){0,3}?(?:convoys?"
                      r"|flights?|evacuations?|exodus|airlifts?|boats?|buses|coaches|ferr(?:y|ies)"
                      r"|trains?|ships?|columns?|caravans?)"
                      r"|sent (?:home|away|out|back)|whisked|smuggled|spirited|exfiltrated"
                      r"|medevac\w*"
                      # an order or a warning to go, followed: "3,000 heeded the evacuation order"
                      r"|(?:heed|obey)(?:s|ed|ing)?(?= (?:the |an? |their |its |this )?(?:[\w-]+ )?"
                      r"(?:warnings?|orders?|calls?|advice|appeals?|instructions?)\b)"
                      r"|made (?:it|their way|its way) out|exited|vacat(?:e|es|ed|ing)"
                      # a move told by a light verb and a noun of a journey: "thousands have
                      # made the trip", "made the long trek south", "completed the journey"
                      r"|(?:ma(?:de|ke|kes|king)|undert(?:ook|ake|akes|aken|aking)|complet\w+)"
                      r" (?:the|their|this|that|a|an|its|his|her) (?:[\w-]+ ){0,2}?(?:trip|journey"
                      r"|trek|voyage|passage|drive|flight|exodus|escape)s?"
                      r"|g[oe]t(?:s|ting|ten)? (?:themselves |them |everyone )?(?:out|away|clear)"
                      r"|made it (?:safely )?(?:out|away|clear|off)"
                      # out at the end of the clause: "18,000 people were out and 2,000 remained"
                      r"|(?:are|were|is|was|been|got) (?:now |already |safely |all ){0,3}out"
                      r"(?=\s*[.,]?\s*$)"
                      r"|ran (?:to|from|away|into|across)|withdr[ea]w\w*|emigrated"
                      # forced out
                      r"|displac(?:e|es|ed|ing)|uproot(?:s|ed|ing)?|crossed out|evict(?:s|ed|ing)?"
                      r"|expel(?:s|led|ling)?|deport(?:s|ed|ing)?"
                      r"|(?:abandon|desert)(?:s|ed|ing)? (?:their|his|her|its|the)"
                      r"|forced (?:from|out|to (?:flee|leave|abandon|move|evacuate))"
                      r"|chas(?:e|es|ed|ing) (?:\w+ )?(?:out|away|off|from)"
                      r"|(?:streamed|poured|flooded) (?:out|from)"
                      # a way home: "streamed back to their villages", "made their way back"
                      r"|(?:stream|pour|flock|flood|trickl|surg|head|mov|walk|sail|travel"
                      r"|return)\w* back|(?:went|gone|go(?:es|ing)?|c[ao]me|coming|drove|flew"
                      r"|flown|made (?:their|its|his|her) way|find (?:their|its) way) back"
                      # lifted right before its object: "helicopters lifted 126 people"
                      r"|lift(?:s|ed|ing)?(?=\s*$)"
                      # nouns of a move out: "the displacement of 20,000", "the rescue of 40"
                      r"|displacements?|departures?|relocation|repatriation|outflows?"
                      r"|(?:safe|free) passage)\b"),
        ("moving", r"\b(?:carr(?:y|ies|ied|ying)|on board|aboard|passengers|with)\b"),
    )
)  # fmt: skip

# A state that a hedge ("could be", "might be") puts on people: not a move to come.
_HEDGED = (
    r"(?:at (?:\w+ )?risk|affected|impacted|in (?:\w+ )?need|exposed|vulnerable|in danger"
    r"|threatened)\b"
)

# Cues of a plan, a hope, an order, a forecast or a capacity: what is to happen, not what
# happened ("will leave", "ordered to evacuate", "aims to move", "can carry").
_PLANNED = (
    r"\b(?:will|would|shall|should(?! have)|must(?! have)"
    # "could be around 5,000" is a hedged count; "could be at risk" or "affected" a hedged
    # state (a need, not a move to come)
    r"|could(?! be\s*(?:$|around|about|as|some|up|more|over|nearly|close|\d|" + _HEDGED + r"))"
    r"(?! not\b)"
    r"|might(?! be\s*(?:$|around|about|as|some|up|more|over|nearly|close|\d|" + _HEDGED + r"))"
    # "may cross into Chad" (the modal, not the month; "may have died" is a hedged toll)
    r"|(?-i:may)(?! have\b| not\b| be\s*(?:$|around|about|as|some|up|more|over|nearly|close"
    r"|\d|" + _HEDGED + r"))"
    r"|expect(?:s|ed|ing)?|anticipat(?:e|es|ed|ing)|forecast(?:s|ed|ing)?|predict(?:s|ed|ing)?"
    # a forecast or a projection: "agencies project 120,000 arrivals by December"
    r"|projected|projecting|projections?|predictions?|forese(?:e|es|en|eing)|foresaw"
    # "due to leave" is a plan; "due to rising water", "due to the fighting" give a cause
    # ("affected due to flooding": after a participle it gives a cause, too)
    r"|(?<!ed )due to(?! (?:the|a|an|its|their|his|her|this|that|these|those|\w+ing|lack|fears?"
    r"|concerns?)\b)|(?:is|are|was|were) (?:\w+ly )?due\b"
    r"|to be (?:evacuated|transferred|moved|flown|bussed|airlifted|relocated|repatriated"
    r"|rescued|taken|brought|ferried|shifted|resettled|returned|sent)"
    r"|scheduled|planned|plans? to|planning (?:for|to)|hopes? to|hoping to|hop(?:es|ed)"
    # "plans are in place to evacuate", "arrangements are being made to fly out"
    r"|(?:plans?|arrangements?|preparations?)(?: (?!to\b)\w+){1,4}? to"
    # picked or listed for a move: "identified 3,000 residents for evacuation"
    r"|for (?:(?:an?|the|their|urgent|immediate|priority|possible) )?(?:evacuation|relocation"
    r"|resettlement|repatriation|transfer|airlift)(?! (?:cent(?:re|er)s?|sites?|points?))"
    r"|asked (?:to|for)"
    r"|ordered (?:out|from|evacuated|relocated|moved|removed|rehoused|resettled|cleared)"
    r"|evacuation (?:orders?|warnings?|notices?|advisor(?:y|ies)|alerts?|watch(?:es)?)"
    # on alert, notice or standby to go: "put on alert to evacuate", "on notice to leave"
    r"|on (?:high |short )?(?:alert|notice|standby|stand-by) to"
    r"|mandatory evacuations?|to allow"
    # a move foreseen as a risk: "500,000 people risk being displaced if the fighting goes on"
    r"|(?:at )?risk(?:s|ed)? (?:of )?(?:being )?(?:displaced|displacement|evacuated|uprooted"
    r"|evicted|eviction|expelled|expulsion|deported|deportation)"
    # who an evacuation (order) covers, in the present: "this evacuation affects 300,000"
    r"|evacuations? (?:now |also )?(?:affects?|covers?|appl(?:y|ies) to|concerns?|will affect)"
    # told, urged or advised to go: not yet gone
    r"|(?:ordered|told|urged|advised|asked|instructed|warned|directed|encouraged|called on"
    r"|called upon) "
    # a time between the order and its infinitive: "told on Monday evening to get out"
    r"(?:(?:on|early|late|last|this|yesterday|today|tonight|overnight|again|also|now|then"
    r"|already|\w+day|morning|evening|night|afternoon|week)\s+){0,3}to(?! be (?:at|in|on|ready)\b"
    # an order to stay where they are is no move ("to stay off the sea" is: keep away)
    r"| (?:stay|remain|shelter in place|keep)\b(?! (?:off|away|out|clear)\b))"
    r"|(?:registered|registering|signed up|signing up|applied|applying|queued up)"
    r" (?:with (?:the |an? )?\w+ )?(?:to|for)"
    r"|(?:seek\w*|sought|asked for|request\w*) (?:help|assistance|permission) to"
    r"|(?:ordered|ordering|order|orders|called for|recommended|announced) (?:the |an? )?(?:\w+ )?"
    r"(?:evacuation|relocation|removal)s?"
    r"|aim(?:s|ed|ing)? to|intend(?:s|ed|ing)? to|prepar(?:es|ing) to|ready to"
    r"|(?:offer(?:s|ed|ing)?|pledg(?:es|ed|ing)|agree(?:s|d|ing)?|promis(?:es|ed|ing)"
    r"|commit(?:s|ted|ting)?) to|quotas?"
    r"|(?:goal|target|aim|intention|plan) (?:is|was|of)"
    r"|(?:plans?|proposals?|schemes?) (?:calls?|called) for"
    r"|reserved for|braced for"
    # room for people: "can accommodate 15,000", "able to house 2,000"
    # a place made for people: "created to house 4,000", "set up to shelter 600"
    r"|(?:can|could|able to|designed to|built to|equipped to|big enough to|large enough to"
    # ("set up 20 years ago to accommodate 90,000")
    r"|(?:created|set up|established|erected|opened|intended|built)(?: [\w-]+){0,3}? to"
    # a place for people and what it is for: "450 shelters to house up to 60,000 evacuees"
    r"|(?:shelters?|camps?|cent(?:re|er)s?|sites?|tents|beds|rooms|places|spaces|facilities"
    r"|buildings|units) to)"
    r" (?:\w+ )?(?:carry|take|hold|house|host|accommodate|shelter|seat"
    r"|fit|receive|absorb|handle|move|evacuate|fly|transport|ferry|airlift|bus|lift)"
    # likely, about or booked to go: "are likely to flee", "booked on the next ferry"
    r"|(?:likely|unlikely|liable|poised|about) to|booked (?:on|onto|for|seats?)"
    # allowed to go: a permission, not the move ("have been allowed to return")
    r"|(?:allowed|permitted|cleared|authori[sz]ed|given permission) to"
    # a deadline to go: "given 14 days to vacate", "served notices to leave"
    r"|(?:given|granted|served|issued|handed) (?:[\w-]+ ){0,3}?(?:to (?:leave|vacate|evacuate|move"
    r"|relocate|go)|(?:eviction|evacuation|quit) notices?)"
    # wanting or trying to: not (yet) done
    r"|(?:wants?|wanted|wish(?:es|ed)?|seeks?|seeking|sought|tr(?:y|ies|ying|ied)|attempt(?:s|ed|ing)?"
    r"|propos(?:es|ed|ing)) to"
    # an effort or a bid to move people is not the move: "a last-ditch effort to evacuate 600"
    r"|(?:efforts?|bids?) to"
    # "is to evacuate 500", "were to be flown out": an arrangement for later
    r"|(?:is|are|was|were) to"
    r"|(?<!beyond )(?<!over )(?<!at )(?<!above )capacity|approved"
    r"|on a list|list of|meant to|supposed to|set to|going to|prepared to|requested"
    # a cap on a movement: "permitted on three days a week to a maximum of 300 people"
    r"|maximum of|a cap of|capped at|limited to"
    # made ready for people who are to come: "readying assistance for up to 40,000 people"
    r"|(?:prepar\w+|ready(?:ing)?|readied|stockpil\w+|pre-?position\w*) (?:\w+ ){0,3}for)\b"
)
PLANNED = re.compile(word_start(_PLANNED), re.I)
# Room for people, a capacity: "camps for 50,000", "beds for 2,000" (read only right before
# the number, and not when what the people did is said after it).
ROOM_FOR = re.compile(
    r"\b(?:camps?|shelters?|tents|beds?|places|spaces?|rooms?|accommodation|housing|seats|cots"
    r"|berths|capacity"
    r"|enough(?: \w+)?) for\s*$",
    re.I,
)
# A failed attempt: the number counts who was meant to move, a plan not carried out.
FAILED = re.compile(
    # "failed" right after a determiner is an adjective of another noun ("fled a failed
    # uprising"), unless that noun is the attempt itself ("a failed attempt to evacuate 400")
    r"\b(?:(?<!\ba )(?<!\ban )(?<!\bthe )(?<!\bits )(?<!\btheir )(?<!\bhis )(?<!\bher )failed"
    r"|(?:a|an|the|its|their|his|her) failed (?:\w+ )?(?:attempts?|bids?|efforts?|tr(?:y|ies)"
    r"|evacuations?|rescues?|crossings?|operations?|missions?|journeys?|voyages?|escapes?)"
    r"|turn(?:s|ed|ing)? (?:back|away)|called off|aborted|(?:denied|refused) entry"
    # made to go back the way they came: "the convoy was forced back by shelling"
    # ("sent back to Libya" is a return made: deported)
    r"|(?:forced|pushed|driven) back(?! (?:home|to (?:their|his|her) homes?))"
    # vehicles sent for people that came back without them
    r"|(?:returned|came back|went back|left|drove (?:off|away)|sailed) empty)\b",
    re.I,
)


# Nouns that name what happened to the people they count, when no verb does ("9,000
# arrivals", "40 lives", "300 missing people", "70,000 displaced").
NOUN_EVENTS: tuple[tuple[str, frozenset[str]], ...] = (
    ("killed", frozenset({"dead", "deaths", "bodies", "corpses", "fatalities", "lives"})),
    ("wounded", frozenset({"wounded", "injured", "casualties"})),
    ("missing", frozenset({"missing"})),
    ("captured", frozenset({"hostages", "captives", "abductees", "detainees", "prisoners"})),
    ("remaining", frozenset({"trapped", "stranded", "besieged", "holdouts", "marooned"})),
    ("arrived", frozenset({"arrivals", "entries", "crossings", "newcomers"})),
    ("evacuated", frozenset({"evacuees", "returnees", "escapees", "deportees", "evacuations"})),
    # responders with no verb of their own are deployed: "the army sent 2,000 soldiers"
    (
        "present",
        frozenset(
            {
                "displaced",
                "homeless",
                "troops",
                "soldiers",
                "policemen",
                "firefighters",
                "firemen",
                "rescuers",
                "marines",
                "personnel",
                "responders",
                "paramedics",
                "medics",
                "peacekeepers",
                "guardsmen",
                "servicemen",
                "sailors",
                "airmen",
            }
        ),
    ),
)


def noun_event(noun: str, modifiers: tuple[str, ...] = ()) -> str:
    """Return the event a counted noun or its adjective names, or '' ("40 dead", "9,000
    arrivals", "300 missing people"); used when no verb in the clause names one."""
    words = {noun.lower(), *(m.lower() for m in modifiers)}
    return next((event for event, nouns in NOUN_EVENTS if words & nouns), "")


def joined_states(phrase: str) -> str:
    """Return the event of the first of several states joined as the counted noun ("138,000
    dead or missing", "40 dead and injured": a toll first), or '' when the phrase is not
    such a list."""
    parts = re.split(r"\s+(?:or|and|and/or)\s+", phrase.strip().lower())
    named = [next((e for e, nouns in NOUN_EVENTS if part in nouns), "") for part in parts]
    return named[0] if len(parts) > 1 and all(named) else ""


def class_of(words: str) -> str:
    """Return the first class whose pattern a few words match, or ''."""
    return next((event for event, pattern in EVENTS if pattern.search(words)), "")
