"""Codebook ids suggested from the words around a figure.

An indicator is suggested only when one of its names (zh, en or an ``aliases`` entry of
data/indicators.yaml, or a shorter form reports print) is found next to the figure in its
sentence, the unit agrees, the organ agrees, and no other indicator's name fits as well; else
the draft gets null and the nearest candidates. A Chinese name may be printed in two pieces:
the subject once for a list or a run of clauses, the rest next to the figure
(审结涉环境资源刑事案件77件、民商事案件7件 → 审结涉环境资源 + 民商事案件). An English name is
read as words in any order around the figure (accepted 40,429 cases).
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

from ..codebook import Codebook

CANDIDATES = 3
_DROP = re.compile(r"[^0-9a-z\u4e00-\u9fff]+")
_NOTE = re.compile(r"[(（][^)）]*[)）]")
_SUFFIX = re.compile(r"(?:被告人数|被告人|人数|件数|次数|人次|份数|条数|期数|场次|金额|数)$")
_PREFIX = re.compile(r"^(?:全国法院|各级法院|法院)")
_CASES = re.compile(r"(?<=[结理罪])案件$")
_QUALIFIER = re.compile(r"^(?:人民|有效|兵团|全区|自治区)")
_COUNTING = re.compile(r"件|人|件数|人数|累计|合计|一审二审|五年|近\d+年")  # notes after norm()
_TAIL = re.compile(r"(?<=\w\w)(?:总数|人数)(?:已经|已)?(?:达到|达|为)$")  # 律师总数已达 14万人
_IP = re.compile(r"\bIP\b")
_EN_WORD = re.compile(r"[a-z]+(?:'s)?")
_EN_SKIP = {"the", "and", "for", "with", "from", "itself", "total", "number", "handled", "were",
            "was", "case", "cases", "person", "persons", "people",  # the unit: cases, persons
            "stock", "practising",  # a stock is printed as a count (13,000 notaries)
            "police"}  # the organ is read apart
_PREPOSITION = r"(?:in|of|for|with|from|to|at|on|by|and|or)\b"
_COUNTED_NOUN = r"(?:cases|persons|people|suspects|criminals)"
_COUNTED = re.compile(rf"(?i)\s*((?:(?!{_PREPOSITION})[a-z-]+\s+){{1,4}}?){_COUNTED_NOUN}\b")
_ABOUT = re.compile(rf"(?i)\s*(?:(?:[a-z-]+\s+){{0,3}}?(?:{_COUNTED_NOUN}|individuals)\s+)?"
                    r"(?:(?:were|have\s+been)\s+[a-z]+ed\s+(?:for|over)"  # were prosecuted for
                    r"|for|over(?!\s+the\s+(?:past|last|previous)\b)"  # not over the past 5 years
                    r"|on\s+suspicion\s+of|suspected\s+of|on\s+charges\s+of"
                    r"|involving|of|related\s+to|concerning)\s+([^,;.]+)")
_BOTH_VERBS = re.compile(r"(?i)\b(?:heard|tried)\s+and\s+(?=concluded\b|closed\b)")
_EN_NEGATION = {"not", "non", "denie", "witho"}  # stems of not, non-, denied, without
_EN_STOP = re.compile(r",|;|\band\b")
_NEGATION = ("不", "提请")
_WEAK = ("案件",)  # too general to carry a name next to the figure
_VERB_ONLY = re.compile(r"(?:依法|经审查|共|累计|受理)*(?:批准逮捕|提起公诉|审查起诉|审查逮捕|不起诉|起诉)(?:\d+件)?")
_KIND = re.compile(r"(?:审查(?:逮捕|起诉)|批准逮捕)(?!刑事|各类)(\D{2,}?)(?:案件|犯罪)")
_OF_KIND = re.compile(r"对(?!各类|刑事|全部)([^，。；,;\d]{2,20}?)(?:犯罪|案件)(?:依法|共)*"
                      r"(?:批准逮捕|提起公诉|审查起诉|起诉|审结|判处)(?:\d+(?:\.\d+)?[万余多]*件)?$")
# 对拐卖妇女儿童犯罪依法提起公诉(320余件)
ORGAN_WORDS = {"court": ("法院", "审判", "court"), "procuratorate": ("检察", "procurator"),
               "justice": ("司法厅", "司法局", "司法所", "法律援助", "人民调解", "公共法律服务",
                           "legal aid"),
               "public_security": ("公安", "派出所", "police")}
_ASIDE = re.compile(r"《[^》]*》|(?:与|会同)[^，。；,;]{2,40}?(?:联合|共同)")
_ACTIVITIES = ("法律援助", "人民调解", "公共法律服务", "legal aid")  # work other organs join in


_SAME = ((re.compile(r"人民(?=法院|检察院)"), ""), (re.compile(r"检察机关"), "检察院"),
         (re.compile(r"矛盾纠纷"), "纠纷"), (re.compile(r"电诈"), "电信网络诈骗"),
         (re.compile(r"涉(?=环境|生态)"), ""), (re.compile(r"侦破|查破"), "破获"),
         (re.compile(r"涉毒"), "毒品"))


def norm(text: str) -> str:
    """Lower case, letters, digits and Chinese characters only (spaces and punctuation go);
    long and short forms read alike (各级人民法院 → 各级法院, 检察机关 → 检察院, 矛盾纠纷 → 纠纷,
    电诈 → 电信网络诈骗, 涉环境资源 → 环境资源, 侦破 → 破获, 涉毒 → 毒品)."""
    text = _DROP.sub("", text.lower())
    for form, short in _SAME:
        text = form.sub(short, text)
    return text


@dataclass(frozen=True)
class Suggestion:
    indicator: str | None
    candidates: tuple[str, ...]


class Suggester:
    """Matches clauses against the names of the codebook's indicators."""

    def __init__(self, book: Codebook, used: dict[str, dict[str, set[int]]] | None = None):
        """``used``: the regions each indicator has figures for in the clean data, with the
        years of those figures, which decide between names that fit equally well (全国法院受理
        案件 is national; of the national caseload's bases, the one whose series reaches the
        figure's year)."""
        self.book, self.used = book, used or {}
        self.own, self.names, self.english = _name_forms(book)

    def _compatible(self, key: str, unit: str | None, change: bool,
                    versus: str | None = None) -> bool:
        """Whether ``key`` can be the figure's indicator: its unit, a change for a change, and
        not a change on another year or period than the one the figure is compared with."""
        entry = self.book.indicators[key]
        if ".change_vs_" in key and not (versus and key.endswith(f".change_vs_{versus}_pct")):
            return False
        if change:
            return bool(entry.get("base")) and unit == "percent" == entry.get("unit")
        if self.book.is_change(key):
            return False
        return entry.get("unit") == unit if unit else entry.get("unit") != "percent"

    def suggest(self, before: str, after: str, unit: str | None, change: bool = False,
                base: str | None = None, organ: str | None = None,
                document_organ: str | None = None,
                versus: str | None = None, region: str | None = None, year: int | None = None,
                lead: tuple[str, ...] = (), paragraph: str = "") -> Suggestion:
        """The indicator the figure's clause (``before`` + figure + ``after``) names, or
        candidates. ``lead``: the words of the sentence before the clause, split at the figures
        in them; ``paragraph``: the text of the figure's paragraph up to it.

        A stated change of a figure whose indicator is known gets that indicator's
        ``.yoy_pct`` (or ``.change_vs_<versus>_pct`` when compared with a named ``versus`` year or
        span: 2014, 1998_2002).
        Indicators of the ``organ`` (court, procuratorate …) of the figure's sentence, else of the
        ``document_organ``, come first (one of another organ than the sentence's is never
        suggested, only listed); then names by where they are (in the clause, else earlier in
        the sentence with no figure between), distance to the figure, length (the most
        specific) and fewer pieces; ``region`` and ``year`` decide between names that fit
        equally well, then a whole name over a short form, unless the paragraph names the short
        form's topic (提起刑事附带民事公益诉讼 where it speaks of 生态: the general and the eco id
        fit alike, no suggestion). A clause of a bare verb (依法提起公诉85件194人, 审查起诉17件17人) after a kind
        of cases named in its sentence (受理审查起诉破坏生态环境和资源案件…, 批准逮捕侵害群众切身利益的
        各类刑事犯罪…) counts that kind: no suggestion, nor is a measure whose names leave out the
        kind the clause names (对拐卖妇女儿童犯罪依法提起公诉). When no name fits, a name whose middle is a
        topic the paragraph named before fits with the rest in the clause (电信网络诈骗犯罪…;
        抓获犯罪嫌疑人10322人 → 抓获电信网络诈骗犯罪嫌疑人)."""
        if change and base and unit == "percent":
            linked = f"{base}.change_vs_{versus}_pct" if versus else self.book.yoy_of(base)
            if linked in self.book.indicators:
                return Suggestion(linked, ())
        # an English change takes its base's id or none
        counted = _words(_EN_STOP.split(after)[0])  # the noun after an English figure
        before_en = _BOTH_VERBS.sub("", before)  # heard and concluded 8,105,007 cases: concluded
        english = (set(),) * 5 if change else \
            (_words(before_en) | counted, _words(" ".join(lead)), _modifiers(after), counted,
             _about(after))
        listed = "、" in before  # 公证处、…、人民调解组织总数达85.3万个: the total of the list
        earlier = norm(paragraph[:len(paragraph) - len(before)])  # the paragraph before the clause
        before, after, paragraph = norm(before), norm(after), norm(paragraph)
        before = before if listed else _TAIL.sub("", before)
        lead = tuple(norm(part) for part in lead)
        keys = [k for k in self.book.indicators if self._compatible(k, unit, change, versus)]
        whole = [(at, at + len(name)) for key in keys for name in self.names[key]
                 if (at := _last(name, before)) is not None]
        best: dict[str, tuple] = {}
        first = organ or document_organ
        for key in keys:
            fits = [(_fit(name, before, after, lead, whole), full or bool(topic))
                    for name, (full, topic) in self.names[key].items()
                    if _speaks_of(paragraph, topic)]
            fits += [(_fit_words(slots, *english), True) for slots in self.english[key]]
            for fit, full in fits:
                if fit is not None:
                    score = (first is None or self.book.indicators[key].get("organ") == first,
                             *fit, region in self.used.get(key, {}),
                             _reaches(self.used.get(key, {}).get(region, ()), year), full)
                    best[key] = max(best.get(key, score), score)
        if not best and earlier:  # 电信网络诈骗犯罪…。破案5027起…;抓获犯罪嫌疑人10322人
            for key in keys:  # (near, -distance, length), as ``_fit`` ranks
                for name, (full, _) in self.names[key].items():
                    inside = _topic_inside(name, before, earlier) if full else None
                    if inside is not None:
                        best[key] = max(best.get(key, ()), (True, inside, len(name)))
        ranked = sorted(best, key=lambda k: best[k], reverse=True)
        confident = ranked and (len(ranked) == 1 or best[ranked[0]] > best[ranked[1]]) \
            and (organ is None or self.book.indicators[ranked[0]].get("organ") == organ) \
            and not (_VERB_ONLY.fullmatch(before) and _KIND.search("".join(lead))) \
            and not self._kind_left_out(ranked[0], before)
        if confident:
            return Suggestion(ranked[0], tuple(ranked[1:CANDIDATES]))
        return Suggestion(None, tuple(ranked[:CANDIDATES])
                          or self._nearest(keys, before + after, region, year))

    def _kind_left_out(self, key: str, before: str) -> bool:
        """Whether the clause names a kind of crime its verb counts (对拐卖妇女儿童犯罪依法提起公诉)
        that no name of ``key`` speaks of: the general measure is not that kind's."""
        kind = _OF_KIND.search(before)
        return bool(kind) and not any(kind.group(1)[:2] in name for name in self.names[key])

    def _nearest(self, keys: list[str], context: str, region: str | None,
                 year: int | None) -> tuple[str, ...]:
        """The ids whose names share most with the clause (a share of the name); among equals,
        those whose series reaches the figure's region and year, then in the codebook's order
        (the main measures first)."""
        matcher = difflib.SequenceMatcher(None, autojunk=False)
        matcher.set_seq2(context)  # indexed once; the longest common run is the same both ways

        def longest(name: str) -> int:
            matcher.set_seq1(name)
            return matcher.find_longest_match().size

        def overlap(key: str) -> tuple:
            share = max((longest(name) / len(name) for name in self.own[key]), default=0.0)
            return (round(share, 2), region in self.used.get(key, {}),
                    _reaches(self.used.get(key, {}).get(region, ()), year))
        scores = {key: overlap(key) for key in keys}
        scored = sorted(keys, key=scores.get, reverse=True)  # stable: codebook order among equals
        return tuple(k for k in scored[:CANDIDATES] if scores[k][0] >= 0.3)


_FORMS: list[tuple[Codebook, tuple]] = []  # the name forms of the last codebook read


def _name_forms(book: Codebook) -> tuple[dict, dict, dict]:
    """The forms of each indicator's names, worked out once per codebook: every variant of
    its names (``_variants``), the Chinese ones with the general forms (``_general_forms``),
    and the word slots of the English ones."""
    if _FORMS and _FORMS[0][0] is book:
        return _FORMS[0][1]
    all_names = {key: _all_names(book, key) for key in book.indicators}
    own = {key: {variant: form for name in names for variant, form in _variants(name).items()}
           for key, names in all_names.items()}
    whole = {form for names in own.values() for form, (full, _) in names.items() if full}
    chinese = {key: {form: how for form, how in {**_general_forms(names, whole),
                                                 **names}.items() if not form.isascii()}
               for key, names in own.items()}  # English names are read as words
    english = {key: [_slots(name) for name in names if name.isascii()]
               for key, names in all_names.items()}
    _FORMS[:] = [(book, (own, chinese, english))]
    return own, chinese, english


def _all_names(book: Codebook, key: str) -> list[str]:
    """An indicator's names; a stated change is also named by what it changes
    (审执结案件…同比上升 → the change of cases concluded)."""
    base = book.base_of(key)
    return book.names(key) + (book.names(base) if base else [])


def _variants(name: str) -> dict[str, tuple[bool, str]]:
    """A name (→ True) and the shorter forms reports print (→ False), each with the topic its
    paragraph must name (else ""): ``批准逮捕人数`` → 批准逮捕, ``法院受理案件`` → 受理案件,
    ``审结涉黑涉恶案件(人)`` → 审结涉黑涉恶案件, ``最高人民法院审结案件`` → 最高人民法院审结
    (the unit word 件 stands for 案件), ``人民调解成功率`` → 调解成功率, ``兵团…满意度`` →
    ``…满意度`` (the region is read apart), ``律师(专业律师)`` → 律师; a note that names a topic
    is required in the paragraph: ``提起刑事附带民事公益诉讼(生态,累计)`` → 提起刑事附带民事公益
    诉讼 where the paragraph speaks of 生态."""
    plain = norm(name)
    short = norm(_NOTE.sub("", name))
    notes = [norm(part) for note in _NOTE.findall(name)
             for part in re.split(r"[,，、]", note.strip("()（）"))]
    topic = "".join(part for part in notes
                    if not (_COUNTING.fullmatch(part) or part in short or short in part))
    forms = {f: (False, topic) for f in (short, _SUFFIX.sub("", short), _PREFIX.sub("", short),
                                         _CASES.sub("", short), _QUALIFIER.sub("", short),
                                         short.replace("犯罪案件", "案件"))
             if len(f) >= 2}
    if len(plain) >= 2:
        forms[plain] = (True, "")
    return forms


def _general_forms(names: dict[str, tuple[bool, str]], whole: set[str]) -> dict:
    """An id's whole names that are another id's whole name after words of their own (援藏律师
    服务团 + 办理法律援助案件) → that name, read where the paragraph names those words: there the
    general and the topical id fit alike (no suggestion). Words the two names share are not
    the topic's (“1+1”法律援助志愿者行动志愿律师 + 办理法律援助案件: 法律援助 names no volunteers)."""
    return {form[cut:]: (False, _own_words(form[:cut], form[cut:]))
            for form, (full, _) in names.items() if full
            for cut in range(2, len(form) - 2) if form[cut:] in whole}


def _own_words(topic: str, general: str) -> str:
    """``topic`` with the runs of two or more characters it shares with ``general`` cut out."""
    blocks = difflib.SequenceMatcher(None, topic, general, autojunk=False).get_matching_blocks()
    for b in sorted((b for b in blocks if b.size >= 2), key=lambda b: -b.a):
        topic = topic[:b.a] + "|" + topic[b.a + b.size:]
    return topic


def _speaks_of(paragraph: str, topic: str) -> bool:
    """Whether the paragraph names the topic: four characters of it in a row (生态公益诉讼 →
    公益诉讼), all of a shorter one."""
    if not topic:
        return True
    size = difflib.SequenceMatcher(None, paragraph, topic, autojunk=False) \
        .find_longest_match().size
    return size >= min(4, len(topic))


def _reaches(years, year: int | None) -> bool:
    """Whether a series of these years reaches ``year`` (has it, the year before or after)."""
    return year is not None and any(abs(y - year) <= 1 for y in years)


def _stem(word: str) -> str:
    """An English word cut to what its inflections share (accepted, accept → accep)."""
    word = word.removesuffix("'s")
    return (word[:-1] if word.endswith("s") and len(word) > 4 else word)[:5]


def _words(text: str) -> set[str]:
    """The stems of the English words of three letters or more (IP read as intellectual
    property)."""
    text = _IP.sub("intellectual property", text)
    return {_stem(w) for w in _EN_WORD.findall(text.lower()) if len(w) > 2}


_GENERAL = _words("criminal various kinds types all total more new")  # criminal suspects
_NOT_ABOUT = _EN_SKIP | _GENERAL | _words("like such crimes offences offenses them these those "
                                           "region country nation")


def _slots(name: str) -> list[list[set[str]]]:
    """The words an English name needs, each a list of alternatives (gang/organized-crime),
    an alternative of hyphenated words needing them all (national-security); the unit nouns
    (cases, persons) and small words are left out."""
    slots = [[stems for part in token.split("/") if (stems := _words(part))]
             for token in _NOTE.sub("", name).lower().split()
             if token.strip(":,") not in _EN_SKIP]
    return [slot for slot in slots if slot]


def _in(slot: list[set[str]], words: set[str]) -> bool:
    """Whether ``words`` hold one of the slot's alternatives whole."""
    return any(stems <= words for stems in slot)


def _modifiers(after: str) -> set[str]:
    """The words between an English figure and the noun it counts (5.8 million civil cases →
    civil), which a name must have."""
    m = _COUNTED.match(after)
    return _words(m.group(1)) - _GENERAL if m else set()


def _about(after: str) -> set[str]:
    """The words of what an English figure's cases are about (31,582 cases involving the
    manufacture, trafficking and sale of narcotics → manufacture, trafficking, sale, narcotics;
    15,000 individuals for crimes endangering food and drug safety; not "over the past five
    years"), of which a name must have one."""
    m = _ABOUT.match(after)
    return _words(re.split(r"(?i)\b(?:while|which|where|who)\b", m.group(1))[0]) - _NOT_ABOUT \
        if m else set()


def _fit_words(slots: list[list[set[str]]], here: set[str], lead: set[str],
               modifiers: set[str] = frozenset(), after: set[str] = frozenset(),
               about: set[str] = frozenset()) -> tuple | None:
    """How an English name fits, in any word order (accepted 40,429 cases; 12,900 people
    prosecuted): every word in the figure's clause (up to ``and`` or a comma after it), or
    some there and the rest earlier in the sentence (the High People's Court accepted 667
    cases and concluded 502 cases). The ``modifiers`` of the counted noun must be in the name,
    and a clause that negates fits only a name that does. A name whose words all follow the
    figure (2,052 explosive devices seized) names what it counts: it comes first."""
    if not slots or not any(_in(slot, here) for slot in slots):
        return None
    named = {stem for slot in slots for stems in slot for stem in stems}
    if modifiers - named:
        return None  # 470,000 administrative cases are not all the cases concluded
    if about and not about & named:
        return None  # 31,582 cases involving narcotics are not all the cases concluded
    if here & _EN_NEGATION and not any(stems & _EN_NEGATION for slot in slots for stems in slot):
        return None  # 238,317 suspects was denied (arrest): not the arrests approved
    if all(_in(slot, here) for slot in slots):
        return True, int(all(_in(slot, after) for slot in slots)), len(slots), -1
    if all(_in(slot, here | lead) for slot in slots):
        return True, 0, len(slots), -2
    return None


def main_organ(text: str) -> str | None:
    """The organ a document speaks of: the one whose words it uses most (a court's news that
    ends on 人民调解 is still the court's)."""
    lowered = text.lower()
    counts = {key: sum(lowered.count(word) for word in words) for key, words in ORGAN_WORDS.items()}
    top = max(counts, key=counts.get)
    return top if counts[top] else None


def organ_of(text: str, clause: int | None = None, home: str | None = None) -> str | None:
    """The organ a stretch of text speaks of: the last organ word in it. With ``clause``, a
    word of shared work (人民调解, 法律援助 …) of another organ than the document's (``home``)
    counts only in the last ``clause`` characters: a court that 推进司法调解与人民调解…联动 still
    speaks of its own figures. Partners (与最高人民检察院、公安部、司法部联合出台) and titles
    (《…》) do not count."""
    last, organ = -1, None
    lowered = _ASIDE.sub(lambda m: " " * len(m.group()), text.lower())
    for key, words in ORGAN_WORDS.items():
        for word in words:
            shared = clause is not None and word in _ACTIVITIES and key != home
            at = lowered.rfind(word, len(text) - clause if shared else 0)
            if at > last:
                last, organ = at, key
    return organ


def _fit(name: str, before: str, after: str, lead: tuple[str, ...],
         whole: list[tuple[int, int]]) -> tuple | None:
    """How ``name`` fits the words around a figure, as a comparable tuple (near, -distance,
    length, -pieces), or None. In the figure's own clause: whole, in the words right after
    the figure (up to the next item), around it or after it in two pieces (``_around``), or in
    two pieces, the one next to the figure saying more than 案件 and not part of a longer name
    found whole there (``whole``: spans in ``before``;
    屏蔽失信名单 is not 发布失信被执行人 … 名单), the other earlier in the sentence: the name's
    start as the subject of a list or of a run of clauses (审结涉环境资源 … 民商事案件), else its
    end as the topic of the clauses since the last figure (电信网络诈骗犯罪 … 起诉). Else whole
    in the words after the last figure before the clause (a name describes the first figure
    after it). A name right after 不 or 提请 (不批准逮捕, 提请批准逮捕) is another measure. A name
    of two characters fits only right before the figure (律师1476人, 受援14578人次). A name that
    repeats part of a longer one earlier in the clause is that one's (全国法院审结、执结案件…
    审结、执结2520万件), also for the next items of the sentence (…、2019年受理3160.5万件), and two
    pieces do not fit across a longer name whole between them (最高人民法院…公布全国法院受理
    案件…受理2803.5万件: the SPC speaks of all courts). A name whose middle is a topic the
    sentence named before fits the clause with the rest (``_topic_inside``)."""
    at = _last(name, before)
    if at is not None and any(name in before[s:e] for s, e in whole if e <= at):
        return None
    if len(name) < 3:
        return (True, 0, len(name), -1) if at == len(before) - len(name) else None
    if at is not None:
        return True, -(len(before) - at - len(name)), len(name), -1
    at = after.find(name)
    if at != -1:
        return True, -at, len(name), -1
    if _around(name, before, after):
        return True, 0, len(name), -2
    pieces = [(-2, c) for c in range(2, len(name) - 1) if name[-2:] in before] + \
        [(-3, c) for c in range(2, len(name) - 3) if name[:2] in before]  # the piece near the
    for order, cut in pieces:  # figure holds the name's end (-2) or its start (-3)
        first, near = (name[:cut], name[cut:]) if order == -2 else (name[cut:], name[:cut])
        at = None if near in _WEAK else _last(near, before)
        if at is None or any(s <= at and at + len(near) <= e and e - s > len(near)
                             for s, e in whole):
            continue
        earlier = "|".join(lead if order == -2 else lead[-1:]) + "|" + before[:at]
        start = _last(first, earlier)
        if start is not None and not any(
                start - len(earlier) + at <= s and e <= at and e - s >= len(name)
                for s, e in whole):
            return True, -(len(before) - at - len(near)), len(name), order
    topic = _topic_inside(name, before, "|".join(lead))
    if topic is not None:
        return True, topic, len(name), -3
    repeated = {before[s:e] for s, e in whole if e == len(before)} - set(_WEAK)
    if any(form in name for form in repeated) and _last(name, "|".join(lead)) is not None:
        return True, 0, len(name), -2
    if lead and _last(name, lead[-1]) is not None:
        return False, 0, len(name), -1
    return None


def _topic_inside(name: str, before: str, lead: str) -> int | None:
    """-distance when the name stands in the clause without a topic in its middle, and the
    sentence names that topic before (电信网络诈骗 … 抓获犯罪嫌疑人496名 → 抓获电信网络诈骗犯罪
    嫌疑人), else None."""
    if name[:2] not in before or name[-2:] not in before:
        return None  # both ends of the name stand in the clause
    for i in range(2, len(name) - 3):
        for j in range(i + 2, len(name) - 1):
            at = _last(name[:i] + name[j:], before)
            if at is not None and name[i:j] in lead + before[:at]:
                return -(len(before) - at - len(name) + j - i)
    return None


def _around(name: str, before: str, after: str) -> bool:
    """Whether the figure stands inside the name (设立146个调解室), or the name follows it in
    two pieces, its start right after the figure (1087个乡镇(街道)有公共法律服务站)."""
    for cut in range(2, len(name) - 1):
        head, tail = name[:cut], name[cut:]
        if tail not in _WEAK and (before.endswith(head) and after.startswith(tail)
                                  or after.startswith(head) and tail in after[cut:]):
            return True
    return False


def _last(name: str, text: str) -> int | None:
    """Where ``name`` last stands in ``text``, not negated or requested; None if nowhere."""
    at = text.rfind(name)
    while at != -1 and text[:at].endswith(_NEGATION) and not name.startswith(_NEGATION):
        at = text.rfind(name, 0, at)
    return at if at != -1 else None
