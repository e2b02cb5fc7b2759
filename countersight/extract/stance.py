"""Who says it, and whether they assert, deny or decline: denials, no-comments and sources.

A denial is as much a claim as an assertion: "Hikvision said it had not supplied the cameras"
disputes the supplier fact. A firm that does not answer is recorded as declining to comment on
the role the document gives it, so a reviewer sees that it was asked.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from countersight.evidence.vocabulary import Stance
from countersight.extract.organisations import OrgMention
from countersight.extract.suggestion import OUTLET, UNNAMED, organisation_speaker

# A Burmese question of "A or not A", which asks whether: "ရှိ၊ မရှိ", "ပါ၊ မပါ".
MY_A_OR_NOT_A = r"(?P<either>[\u1000-\u109f]{1,8})\s*၊?\s*မ(?P=either)(?![\u1000-\u109f])"
# "Could not be reached" is not a refusal: nobody was asked, so nobody declined.
DECLINE = re.compile(
    r"\b(?:declined|refused|decline|declines|refuses|declining|refusing) to (?:comment|answer|"
    r"say|discuss|respond|reply|confirm|give|provide|speak|be interviewed|elaborate|go into|tell)"
    r"|\b(?:did|does|do|would|will|has|have|had)(?: not|n't) (?:immediately |yet )?"
    r"(?:respond|reply|answer|return|comment|responded|replied|answered|returned|commented|"
    r"provide (?:a |any )?comment|offer (?:a |any )?comment)\b"
    r"|\b(?:would|will)(?: not|n't) (?:say|disclose|confirm|discuss)\b"
    # "will not give details of police capabilities", "does not talk about its customers"
    r"|\b(?:would|will)(?: not|n't) (?:give|provide|share|discuss) (?:any )?details\b"
    r"|\b(?:said|says|replied)\b[^.;]{0,60}?\b(?:does|do)(?: not|n't) talk about "
    r"(?:its|their|our) (?:customers|clients|work)\b"
    # 'the company "does not talk about what the system can do"', "does not discuss the
    # specifications of a client's system"
    r"|\b(?:does|do|did)(?: not|n't) (?:talk|speak) about (?:what|how|who|whether|which)\b"
    r"|\b(?:does|do|did)(?: not|n't) discuss (?:the |its |their |our |any )?(?:technical )?"
    r"(?:specifications?|capabilit(?:y|ies)|features|functions|configuration|projects|systems)\b"
    # "the force did not talk to the press about who watches", "would not tell TEP who, if
    # anyone, watches", 'had "nothing to say to newspapers"'
    r"|\b(?:does|do|did)(?: not|n't) (?:talk|speak) to (?:the )?(?:press|media|reporters|"
    r"journalists|newspapers)\b"
    r"|\b(?:would|will)(?: not|n't) tell (?:\w+ ){1,3}?(?:who|whether|what|how|if|which)\b"
    r"|\bnothing to say to (?:the )?(?:press|media|reporters|journalists|newspapers)\b"
    # "X would not talk about its work in Bago"
    r"|\b(?:would|will)(?: not|n't) (?:talk|speak) about (?:its|their|our|his|her) (?:work|role|"
    r"contracts?|customers|clients)\b"
    r"|\bnot something (?:I|we|he|she|they) "
    r"(?:can|could|will|would|(?:am|are|is) (?:able|allowed|permitted) to) "
    r"(?:talk|speak|comment|discuss)\b"
    # "he could not talk about that", '"I can't comment on that"', "not a matter for the press"
    r"|\b(?:could(?:n['’]t|\s+not)|can(?:not|['’]t|\s+not))\s+(?:talk|speak|comment|"
    r"say\s+anything|tell\s+(?:you|us)\b(?!\s+(?:that|about|how|what|where|who|why|when)\b))\b"
    r"|\bnot\s+a\s+matter\s+for\s+the\s+(?:press|media|newspapers)\b"
    # "would not be drawn on whether", "I would rather not talk about money", "I am not going
    # to answer that"
    r"|\bwould(?: not|n't) be drawn (?:on|into)\b|\b(?:did|does|do)(?: not|n't) want to be drawn\b"
    r"|\b(?:would|will)(?: not|n't) elaborate\b"
    r"|\b(?:had|has|have) nothing (?:more |further )?to add\b"
    r"|\b(?:had|has|have) [\"“]?nothing (?:more |further )?to say (?:about|on)\b"
    # "sidestepped questions about", "that was a question for another day", "had no
    # instructions to talk about the cameras"
    r"|\b(?:sidestep|dodg|evad|deflect|parr)\w*\s+(?:the\s+|all\s+|several\s+)?questions?\b"
    r"|\ba question for another (?:day|time)\b"
    r"|\b(?:leave|save|keep)\s+(?:it\s+|that\s+)?for another (?:day|time)\b"
    r"|\bno (?:instructions?|orders?|permission|authority|mandate) to (?:talk|speak|comment)\b"
    # "You will have to ask somebody else", "does not discuss security equipment with the press"
    r"|\bask (?:somebody|someone|anybody|anyone) else\b"
    r"|\b(?:does|do|did) not (?:discuss|comment on|talk about)\b[^.;]{0,40}?\bwith (?:the )?"
    r"(?:press|media|journalists|reporters)\b"
    r"|\b(?:would|'d) rather not (?:talk|say|comment|discuss|go into|be quoted)\b"
    # "We have no statement for you", "does not discuss budget details with the press", "does
    # not publish technical information"
    r"|\bno statement (?:for you|to make)\b"
    # 'said only that "security matters are not discussed in public"'
    r"|\b(?:matters|details|questions|information|such\s+things)\s+(?:is|are)\s+not\s+"
    r"(?:discussed|disclosed|commented\s+on)\b"
    # "the station does not give information by telephone"
    r"|\b(?:does|do|did) not (?:give|provide|share|release|hand)(?: out)? (?:any |that |this |"
    r"such )?information\b"
    r"|\b(?:does|do|did) not (?:discuss|publish|disclose|release)\s+(?:\w+\s+){0,2}?"
    r"(?:details|information|figures)\b"
    r"|\b(?:am|is|are|was|were) not going to (?:answer|comment|say|discuss|talk|speak)\b"
    # "We do not comment on the functions our customers choose", "the firm does not comment on
    # its contracts"
    r"|\b(?:we|I)\s+(?:do|does)(?: not|n't) comment\b"
    r"|\b(?:it|the\s+(?:firm|company|ministry|committee|department|office))\s+(?:does|did)"
    r"(?: not|n't) comment\b"
    # "I am not able to answer that", "I won't go into the technical details"
    r"|\b(?:am|is|are|was|were) [\"“]?not able to (?:answer|comment|say|discuss)\b"
    r"|\b(?:won't|will not|would not|wouldn't|could not|couldn't|cannot|can't) go into "
    r"(?:the )?(?:\w+ )?details\b"
    # "he would not go into what the software did"
    r"|\b(?:won't|will not|would not|wouldn't) go into (?:what|how|who|whether|which)\b"
    # 'she would "not go into the capabilities of individual cameras"'
    r"|\bnot go into [\"“]?(?:the )?(?:\w+ )?(?:details|capabilities|specifics|features|"
    r"matters)\b"
    # ... but "I won't go into that part of town" is no refusal.
    r"|\b(?:I|we) (?:won't|will not|would not|wouldn't) go into (?:it|that|this)\b"
    r"(?=\s*(?:[,.;:!?\"”’]|(?:in|here|now|today|further)\b|$))"
    r"|\bnot (?:immediately )?(?:available|reachable) for comment|\bwas not available"
    r"|\bwere not available|\bno response|\bunanswered\b|\bleft (?:\w+ )?without (?:a )?reply"
    r"|\bnone of (?:the )?[^.]{0,40}answered|\bgave (?:\w+ )?no (?:answer|response|reply)"
    r"|\b(?:no|not) (?:yet )?(?:answer|reply|comment)\b"
    r"|\b(?:has|have|had)(?: not|n't) (?:yet )?heard back\b"
    r"|\bstill (?:waiting|awaiting|wait) (?:for )?(?:an? |any )?(?:answer|reply|response)"
    r"|\b(?:could|can)(?:not|n't| not) (?:comment|discuss)\b"
    # "not allowed to comment" refuses; "spoke because he was not allowed to" is anonymity.
    r"|(?<!was )(?<!were )(?<!is )(?<!are )\bnot (?:permitted|allowed) to "
    r"(?:comment|discuss|talk about|speak about|answer|say)\b"
    r"|\bnot in a position to (?:comment|discuss|talk about|speak about|answer|say|name)\b"
    # "told APW he was not allowed to comment" refuses; "because he was not allowed to" is why
    # a source is unnamed.
    r"|(?<!because )(?<!as )(?<!since )\b(?:he|she|they|I|we) (?:was|were|is|are) not "
    r"(?:permitted|allowed|authori[sz]ed) to (?:comment|discuss|answer|talk)\b"
    r"|\b(?:said|says) (?:he|she|they|it) (?:was|were|is|are) not (?:permitted|allowed|in a "
    r"position) to (?:comment|discuss|talk about|speak about|answer|say)\b"
    r"|ဖြေကြားခြင်း\s*မရှိ|မှတ်ချက်(?:\s*)?(?:ပေး(?:ရန်|ဖို့))?\s*ငြင်း|အကြောင်း\s*မပြန်|မဖြေကြား"
    r"|ပြန်လည်\s*ဖြေကြားခြင်း\s*မရှိ"
    r"|မှတ်ချက်\s*မပေး|တုံ့ပြန်ခြင်း\s*မရှိ"
    # "does not wish to answer" (ဖြေကြားလိုခြင်း မရှိ, မဖြေကြားလို)
    r"|(?:ဖြေကြား|ပြောကြား)လို(?:ခြင်း)?\s*မရှိ|မ(?:ဖြေကြား|ပြောကြား)လို"
    # "... ကိစ္စများကို မဆွေးနွေးပါ" (does not discuss ... matters)
    r"|မဆွေးနွေး(?:ပါ|လို)"
    # "refused to answer / to say / to confirm" is no denial of what was asked
    r"|(?:ဖြေကြား|ပြောကြား|အတည်ပြု)(?:ရန်|ဖို့)\s*ငြင်း"
    # "not permitted to / not in a position to discuss it", said as the answer ("...ကြောင်း",
    # "...ပါဘူး"), not as the reason a source is unnamed; "can't say yet".
    r"|(?:ပြော|ပြောကြား|ပြောဆို|ဖြေ|ဖြေကြား|ဆွေးနွေး)(?:ခွင့်|နိုင်သည့်\s*အနေအထား(?:တွင်)?)\s*"
    r"မရှိ(?:ကြောင်း|ပါ|ဘူး)"
    r"|ပြောလို့\s*မရ(?:သေး)?ပါဘူး"
    # "cannot say / discuss" (ပြောဆို၍ မရ, ဆွေးနွေးလို့ မရ), "will not say" (ပြောဆိုမည် မဟုတ်),
    # "does not want to / cannot say or answer" (မပြောလို, မဖြေနိုင်), "let me not answer /
    # skip it" (မဖြေပါရစေ, ကျော်သွားပါရစေ), "nothing to answer" (ဖြေစရာ မရှိ); not "cannot yet
    # discuss" (မဆွေးနွေးနိုင်သေး), which is not yet decided
    r"|(?:ပြော|ပြောဆို|ပြောကြား|ဖြေ|ဖြေကြား|ဆွေးနွေး)(?:၍|လို့)\s*မရ"
    r"|(?:ပြော|ပြောဆို|ဖြေ|ဖြေကြား|ဆွေးနွေး)(?:မည်|မှာ)\s*မဟုတ်"
    r"|မ(?:ပြော|ဖြေ|ဆွေးနွေး)(?:လို|နိုင်|ချင်|ပါရစေ)(?!သေး)|ကျော်(?:သွား)?ပါရစေ|ဖြေစရာ\s*မရှိ"
    # "had nothing more to say" (ထပ်မံပြောစရာ မရှိ)
    r"|ပြောစရာ\s*မရှိ"
    # A question waved on: "above my pay grade", "moved on to the next question", "ask me again
    # next year", "questions on the scope would not be answered", "asked that the committee go
    # into closed session", "instructed him not to discuss it", a letter back unopened; Burmese
    # "don't ask about that (yet)", "not a question I can answer".
    r"|\babove my pay grade\b|\bmoved on to the next (?:question|one)\b"
    r"|\bask me (?:again )?(?:next (?:year|month|week)|later|another time|some other time)\b"
    r"|\bquestions?\b[^.;]{0,60}?\b(?:are|were|is|was|would|will)(?: not| never)(?: be)? "
    r"(?:answered|addressed|discussed)\b"
    r"|\b(?:go|move|continue) (?:into|in) (?:a )?(?:closed|private|secret) session\b"
    r"|\b(?:instructed|told|ordered) (?:him|her|them|me|us) not to (?:answer|discuss|comment|say|"
    r"talk|speak)\b"
    r"|\b(?:came|come|sent) back\b[^.;]{0,50}?\b(?:unopened|unanswered)\b|\breturned unopened\b"
    r"|မမေးပါနဲ့|ဖြေလို့ရတဲ့\s*မေးခွန်း\s*မဟုတ်"
    # "I don't want to answer that question"
    r"|မဖြေချင်",
    re.IGNORECASE,
)
# "The figure of 150 cameras mentioned by the representative is not correct", "claims that the
# equipment came from Hikvision were 'simply false'", "a figure of 800 million kyats ... was
# 'nowhere near' the real cost": what the phrase names, not anyone's role, is what is denied.
FIGURE_DENIED = re.compile(
    r"\b(?:figures?|numbers?|reports?|claims?|rumou?rs?|allegations?|stor(?:y|ies)|count|talk|"
    r"posts?|suggestions?|notices?)\b"
    r"[^.;]{0,120}?\b(?:is|was|are|were) [\"“‘']?(?:simply |just |also )?(?:not correct|"
    r"incorrect|untrue|not true|false|wrong|nowhere near|far from|way off)\b"
    r"(?!\s+(?:alarms?|positives?|negatives?|matches))"
    # "ထိုကိန်းဂဏန်းမှာ လုံးဝ မမှန်ကန်" (that figure is not at all correct)
    r"|ကိန်းဂဏန်း[^။]{0,20}?မမှန်",
    re.IGNORECASE,
)
DENIAL = re.compile(
    r"\bden(?:y|ies|ied|ying)\b|\b(?:rejects?|rejected|dismiss(?:es|ed)?) (?:the |a |an )?"
    r"(?:[\w-]+ )?(?:claims?|reports?|allegations?|posts?\b(?!\s+of\b)|rumou?rs?|stories|talk|"
    r"suggestions?|beliefs?|notions?|fears?)\b"
    # "The face recognition licences ... have been removed from the scope"
    r"|\b(?:removed|deleted|struck out|taken out) (?:from|of) the (?:scope|specifications?|"
    r"bidding documents)\b"
    # "brushed aside social-media claims that ...", "laughed off the rumours"
    r"|\b(?:brush(?:ed|es)?\s+aside|wav(?:ed|es)\s+away|laugh(?:ed|s)\s+off|swept\s+aside)\s+"
    r"(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:claims?|reports?|allegations?|posts?|rumou?rs?|"
    r"suggestions?|talk)\b"
    # (not experience: "had not built a camera system before")
    r"|\b(?:has|have|had|did|does|do) (?:not|never) (?:\w+ly )?(?:supplied|sold|"
    r"provided|installed|supply|sell|provide|install|delivered|deliver|won|win|built|build|"
    r"supplying|selling|providing|delivering|installing)\b"
    r"(?![^.;]{0,50}\b(?:before|previously|until\s+now)\b)"
    # "no Huawei product was supplied, installed or connected by Dilmun Gate"
    r"|\bno\s+(?-i:[A-Z][\w-]*)\s+(?:products?|equipment|cameras?|hardware)\s+(?:was|were|has\s+been|"
    r"have\s+been|will\s+be)\s+(?:supplied|installed|delivered|sold|used|connected)\b"
    # "None of the cameras is made by Huawei"
    r"|\bnone\s+of\s+the\s+(?:\w+\s+)?cameras\s+(?:is|are|was|were)\s+(?:made|manufactured|"
    r"supplied)\s+by\s+(?-i:[A-Z])[\w-]*"
    r"|\b(?:hasn't|haven't|hadn't|didn't|doesn't|don't) (?:\w+ly )?(?:supplied|"
    r"sold|provided|installed|supply|sell|provide|install|delivered|deliver|won|win|built|"
    r"build|supplying|selling|providing)\b"
    r"|\bnever (?:\w+ly )?(?:sold|supplied|provided|installed|delivered|supplies|sells|"
    r"provides)\b"
    # "will not be supplying or enabling any face recognition capability"
    r"|\b(?:will|would|shall)\s+not\s+(?:be\s+)?(?:supplying|supply|providing|provide|installing|"
    r"install|enabling|enable|delivering|deliver)\b"
    # (not a tender's "no contract has been awarded": a stage not yet reached)
    # "There is no Huawei equipment in the Taunggyi system", "no Huawei equipment of any kind is
    # part of this contract"
    r"|\bno\s+(?:[\w-]+\s+){0,2}?(?:equipment|hardware|software|cameras?|products?|kit)\b"
    r"[^.;]{0,30}?\b(?:in|on|inside|under|part\s+of)\s+(?:this|the|that|our)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:system|network|contract|project|offer|bid)\b"
    # "None of the cameras, recorders or switches we are installing was made by Huawei"
    r"|\bnone\s+of\s+(?:the|our|these|its|their)\s+[^.;]{0,80}?\b(?:was|were|is|are|has\s+been|"
    r"have\s+been)\s+(?:made|manufactured|supplied|produced|built)\s+by\s+(?-i:[A-Z][\w-]*)"
    # "not a single Hikvision camera, recorder or licence forms part of the Ganja network"
    r"|\bnot\s+(?:a\s+single|one)\s+(?:[\w-]+\s+){0,2}?(?:equipment|hardware|software|cameras?|"
    r"products?|kit)\b[^.;]{0,60}?\bforms?\s+part\s+of\s+(?:this|the|that|our|its)\b"
    r"|\bno contract\b(?!\s+(?:has|have|had)\s+(?:yet\s+)?been\s+(?:awarded|signed|let)\b)"
    # '"They are not Hikvision cameras," he said': the brand named is denied
    r"|\b(?:they|these|those|the\s+cameras|it)\s+(?:are|were|is|was)(?:\s+not|n't)\s+"
    r"(?-i:[A-Z][\w-]*\s+){1,2}(?:cameras|products|equipment)\b"
    # "officials stated that the system has no such capability"
    r"|\b(?:has|have|had)\s+no\s+such\s+(?:capabilit(?:y|ies)|functions?|features?)\b"
    # "Face recognition shall not form part of the system"
    r"|\b(?:shall|will|must|does|do|did)\s+not\s+(?:form\s+)?(?:a\s+)?part\s+of\s+(?:this|the|"
    r"our|that)\s+(?:[\w-]+\s+)?(?:system|network|contract|project|scope|works)\b"
    # '"Huawei's software is not in this system," he said'; "Face matching was never part of
    # it" (the contract just named)
    r"|\b(?:is|are|was|were)(?: not|n't| never) (?:in|part of|used in|inside) "
    r"(?:this|the|our|that) (?:[\w-]+\s+)?(?:system|network|contract|project|scope)\b"
    r"|\b(?:is|are|was|were) never (?:a )?part of (?:it|them)\b"
    # 'it had "never had anything to do with Mogaung's cameras"'
    r"|\b(?:has|had|have)\s+never\s+had\s+anything\s+to\s+do\s+with\b"
    # '"ZTE has nothing to do with this project," she said'
    r"|\b(?:has|had|have)\s+nothing\s+to\s+do\s+with\s+(?:this|the|that|our|these)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:project|system|network|contract|cameras)\b"
    # "X was not involved" is the outlet's own negative; "X said it was not involved" denies.
    r"|\b(?:said|says|insisted|stated|maintained|told \w+)\b[^.;]{0,30}?\b(?:is|was|were|are|"
    r"had been|has been) (?:not|never) (?:a |the )?(?:supplier|involved|part of|a party)"
    r"|\brejected (?:any|the) (?:suggestion|idea|claim|notion)s? that|\bruled out\b"
    r"|\brejected what (?:it|they|he|she) called\b"
    rf"|{FIGURE_DENIED.pattern}"
    # An answer of no to a question the sentence reports: 'Asked whether the system could
    # recognise faces, he said: "It cannot"'; Burmese '...ရှိမရှိ မေးမြန်းရာ "မပါဝင်ပါဘူး"'.
    r"|^\s*asked (?:whether|if)\b[^\"“]{0,160}[\"“]\s*(?:no\b|(?:it|they|we) (?:cannot|can't|"
    r"do not|don't|does not|doesn't|will not|won't|is not|isn't|are not|aren't)\b)"
    # ... or reported: "Asked whether the system can recognise faces, the department replied
    # that it 'is not equipped for that purpose'", "... said that the cameras 'do not and will
    # not' identify people".
    r"|^\s*(?:when\s+)?asked (?:whether|if|about)\b[^,]{0,160},[^.]{0,80}?\b(?:said|says|"
    r"replied|replies|answered|insisted|told \w+)\b(?: that)?[^.]{0,50}?(?:\bno\b|"
    r"\bnot\b(?!\s+(?:allowed|permitted|authori[sz]ed|able|in a position)\s+to)|"
    r"\bnever\b|\bcannot\b|n't\b)"
    # (the question asked as "A or not A" too: "ပါ၊ မပါ မေးမြန်းရာ ရဲမှူးက "မပါပါဘူး"")
    rf"|(?:{MY_A_OR_NOT_A}|လားဟု)\s*မေးမြန်းရာ\s*"
    r"[^\"“။]{0,40}?[\"“][^\"”]*(?:ဘူး|မရှိ)"
    r"|ငြင်းဆို|ငြင်းပယ်"
    # "ဟွာဝေ ထုတ်ကုန် တစ်ခုမျှ အသုံးပြုထားခြင်း မရှိပါ" (not one Huawei product is used): the
    # brand before it is in the denial
    r"|[^\s။]+\s*(?:\([A-Za-z]+\)\s*)?(?:ထုတ်ကုန်|ပစ္စည်း|ကင်မရာ)\s*(?:တစ်ခု|တစ်လုံး)မျှ"
    r"[^။]{0,40}?(?:မရှိ|မပါ|မသုံး)",
    re.IGNORECASE,
)
# A word each phrasing of DECLINE, or of DENIAL, contains, in lower case. Two sentences in three
# have none, and the two patterns (some hundred phrasings) are among the slowest the reader runs,
# so each is tried only where its words are; plain lower-case words, searched in the lower-cased
# sentence, let the regex engine skip ahead by their first letters. A phrasing added to either
# needs its word here: a test holds the labelled documents to it.
MAY_DECLINE = re.compile(
    r"not|n't|n’t|no\b|nothing|declin|refus|question|another|else|without|none|still|"
    r"pay grade|moved on|ask me|session|unopened|unanswered|[\u1000-\u109f]"
)
MAY_DENY = re.compile(
    r"deny|deni|reject|dismiss|removed|deleted|struck|taken out|brush|wav|laugh|swept|not|none|"
    r"never|n't|n’t|no\b|ruled|correct|true|false|wrong|nowhere|far from|way off|"
    r"[\u1000-\u109f]"
)
# "We wrote to", "I emailed", "we called the office of": whom a writer asked. The body asked
# is a source, not an actor, and the silence that follows is its refusal.
WRITTEN_TO = re.compile(
    r"(?:\b(?:wrote|write|writes|written|sent (?:a letter|letters|questions|an? e-?mail))\s+"
    r"(?:twice\s+|again\s+)?(?:this year\s+|last month\s+|on \d{1,2} \w+\s+)?to"
    r"|\b(?:emailed|e-mailed|phoned|telephoned|contacted|messaged|called)"
    r"|\bput (?:our|my|these) questions to)"
    r"\s+(?:the\s+)?(?:(?:information|press|media)\s+(?:office|officer|department)\s+of\s+"
    r"(?:the\s+)?)?$",
    re.IGNORECASE,
)
_UNNAMED = re.compile(
    r"\b(?:people|persons?|sources?|insiders?|officials?|residents?|business ?people|"
    r"one of (?:them|the sources)|an? (?:official|source|person|insider))\b[^.]{0,80}?"
    r"\b(?:said|say|says|told|added|confirmed)\b"
    r"|\b(?:declined|asked|refused) (?:not )?to be (?:named|identified)"
    r"|\bnot authori[sz]ed to speak"
    r"|\b(?:said|say|says|told|added)\b[^.]{0,20}?\b(?:people|sources?|insiders?|one of them|"
    r"one of the sources)\b"
    r"|\baccording to (?:the |one |a |two |three )?(?:\w+ )?(?:sources?|people|insiders?|"
    r"information from)|\basked not to be (?:identified|named)|\basking not to be named"
    r"|\bon condition of anonymity|\bfamiliar with\b|\bwith (?:direct )?knowledge\b"
    r"|အမည်မဖော်|သတင်းရင်းမြစ်|ပါဝင်သူ[^။]{0,20}က\s*ပြော",
    re.IGNORECASE,
)
_SAID = re.compile(
    r"^\s*(?:['’]s\s+)?(?:\w+\s+){0,2}?(?:said|says|told|stated|announced|denied|denies|"
    r"added|claimed|reported|wrote)\b|^\s*(?:spokes(?:man|woman|person)|statement)",
    re.IGNORECASE,
)
_ACCORDING_TO = re.compile(r"\b(?:according to|cited by|told by)\s+(?:the\s+)?$", re.I)
_SAID_BEFORE = re.compile(r"\b(?:said|says|added|wrote)\s+(?:the\s+)?$", re.I)


@dataclass(frozen=True, slots=True)
class Voice:
    """The stance of a sentence and who speaks in it."""

    stance: Stance
    speaker: str
    subjects: tuple[OrgMention, ...] = ()  # organisations that deny or decline


def sentence_voice(text: str, start: int, end: int, orgs: Sequence[OrgMention]) -> Voice:
    """Stance and speaker for one sentence."""
    sentence = text[start:end]
    lowered = sentence.lower()
    for words, pattern, stance in (
        (MAY_DECLINE, DECLINE, Stance.declines),
        (MAY_DENY, DENIAL, Stance.denies),
    ):
        found = words.search(lowered) and pattern.search(sentence)
        if found:
            subjects = _subjects(text, orgs, start + found.start())
            speaker = (
                organisation_speaker(subjects[0].key)
                if subjects
                else _speaker(text, start, end, orgs)
            )
            return Voice(stance, speaker, subjects)
    return Voice(Stance.asserts, _speaker(text, start, end, orgs))


_LIST = re.compile(r"^\s*(?:,|and|&|nor|or|,\s*and|နှင့်|၊)\s*$")


def _subjects(text: str, orgs: Sequence[OrgMention], cue: int) -> tuple[OrgMention, ...]:
    """The organisations just before the cue ("Huawei and Dahua did not respond"): the
    nearest one and any listed with it, not every firm the sentence names before."""
    before = [m for m in orgs if m.end <= cue and m.kind not in ("outlet", "ngo")]
    if not before:
        return ()
    chain = [before[-1]]
    for mention in reversed(before[:-1]):
        if not _LIST.match(text[mention.end : chain[0].start]):
            break
        chain.insert(0, mention)
    return tuple(chain)


def _speaker(text: str, start: int, end: int, orgs: Sequence[OrgMention]) -> str:
    for mention in orgs:
        if mention.kind == "outlet":
            continue
        before = text[max(start, mention.start - 25) : mention.start]
        after = text[mention.end : end]
        if (
            _SAID.match(after)
            or _ACCORDING_TO.search(before)
            or (_SAID_BEFORE.search(before) and re.match(r"\s*(?:[,.;:]|$)", after))
        ):
            return organisation_speaker(mention.key)
    if _UNNAMED.search(text[start:end]):
        return UNNAMED
    return OUTLET
