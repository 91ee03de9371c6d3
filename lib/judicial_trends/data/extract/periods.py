"""The period each figure refers to: the nearest year expression that governs it, read by the
rules of data/README.md "Dating a figure".

Looked for, in order: the figure's own clause (before the figure, else after it: "8,300 cases
over the past five years"), then a year that is the clause before it (``而在2017年,``), then
its sentence, then its paragraph; the nearest heading above it (a short line such as
``2024年主要工作``); the first period the document names; the year of publication. Month ranges
(``2022年1至6月``) are read whole. Relative expressions (``今年以来``, ``去年``, ``去年以来``,
``截至6月底``, ``2021年以来``, ``一年来``, ``过去五年``, "since last July") are resolved against
the report's day: the day of the event the text reports, its dateline, or its publication.
Comparisons (``比2014年上升``, ``2014年的3倍``, ``同比增加159件(2011-2015)``), plans
(``2025年工作计划``), meetings (``2022年…工作会议``), years in titles (``《…》``), future years,
single days (a dateline's ``2022年03月14日``, "9 March 2018") and ISO time stamps do not govern
figures. ``全年`` is the year its paragraph names; ``同期`` ("in the same period") the period
named before it. ``截至2022年2月`` closes a span the text opens (``2018年以来``); ``截至…`` before a
level (律师人数达7114名) dates a stock by its year. A figure compared with the previous five
years (``比前五年``, "over the previous five years") is a total of the five years before
publication. A change stated 同比 (year on year) over several years is that of the last.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from contextlib import suppress
from dataclasses import dataclass, replace
from itertools import chain

from ..numbers import chinese_integer
from .view import inside_title

_Y = r"((?:19|20)\d\d)"
_CONGRESSES = {key: dt.date(*opened) for keys, opened in
               ((("十八", "18"), (2012, 11, 1)), (("十九", "19"), (2017, 10, 1)),
                (("二十", "20"), (2022, 10, 1))) for key in keys}
_SYMPOSIUMS = {("新疆", "一"): (2010, 5, 1), ("新疆", "二"): (2014, 5, 1),  # central work symposiums
               ("新疆", "三"): (2020, 9, 1), ("西藏", "五"): (2010, 1, 1),  # on Xinjiang and
               ("西藏", "六"): (2015, 8, 1), ("西藏", "七"): (2020, 8, 1)}  # Xizang: the month held
_HALVES = {"上": (1, 6), "first": (1, 6), "下": (7, 12), "second": (7, 12)}  # months of a half
_PLANS = {"十一": 11, "十二": 12, "十三": 13, "十四": 14, "十五": 15}  # five-year plans: the 11th from 2006
_OF_YEAR = rf"(?:{_Y}\s*年|(今年|去年|上年))"
_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december")
_MONTH = r"(" + "|".join(m[:3] for m in _MONTHS) + r")[a-z]*\.?"
_CN_DIGITS = {"一": 1, "两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
              "十": 10}
_PLAN = re.compile(r"[^\n，。,]{0,6}?(?:工作计划|工作安排|工作思路|工作要点|计划|目标|任务|展望)"
                   r"|[^\n，。,、；;]{0,20}?(?:会议|大会)")
HEADING_MAX = 30
_DAY = re.compile(r"(?:(?:((?:19|20)\d\d)\s*年\s*)?(\d{1,2})\s*月\s*)?(?<!\d)(\d{1,2})\s*日")
_EVENT = re.compile(r"(?!\s*[电電])[^。\n]{0,60}?(?:召开|召開|举行|舉行|发布会|發布會)")
_DATELINE = re.compile(r"\s*(?:电|電|讯|訊|报道|報道)"  # 北京7月25日电, 北京7月16日讯
                       r"|\s*(?:上午|下午)?\s*[，,]?[^，,。\n]{0,30}?(?:从|從)[^。\n]{0,40}?"
                       r"(?:获悉|獲悉|了解到)"  # 记者19日从…获悉, 9月19日,澎湃新闻…从…获悉
                       r"|\s*(?:上午|下午)?\s*(?:在[^，,。\n]{1,8}?)?(?:表示|介绍|通报)")  # 27日在京表示
_DAYS_BEFORE = {"昨天": 1, "昨日": 1, "前天": 2, "今天": 0, "今日": 0}  # 记者昨天从…
_RELATIVE_DAY = re.compile("|".join(_DAYS_BEFORE))
_DATELINE_EN = re.compile(rf"(?m)^[ \t]*[A-Z][A-Za-z .']{{1,30}},\s+(?i:{_MONTH})\s+"
                          rf"(\d{{1,2}})\s*[(.\-—]")
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY = re.compile(rf"(?i)(?:\b(?:said|announced|told|released|reported|held|showed)"
                      rf"(?:\s+\w+)?\s+(?:on\s+)?"  # said Thursday, showed Thursday
                      rf"|\b(?:conference|meeting|forum|congress|briefing|seminar|statement"
                      rf"|according\s+to)\b[^.\n]{{0,60}}?"
                      rf"\s+on\s+"
                      rf"|\bdelivered\b[^.\n]{{0,60}}?\s+"  # delivered the report on … Wednesday
                      rf"|\bon\s+(?=\w+\s+(?:held|said|announced|released|issued|unveiled)\b))"
                      rf"({'|'.join(_WEEKDAYS)})\b")  # the Supreme People's Court on Monday held
_NUMBER = re.compile(r"\d[\d,.]*")
_LISTED_AFTER = r"(?i)((?:[^.;\d]{0,20}?\d[\d,.]*){0,3}?)[^.;\d]{0,20}?"  # the figures after one
_RESPECTIVE_YEARS = re.compile(_LISTED_AFTER + r"\bin\s+"
                               r"((?:(?:19|20)\d\d(?:,\s*|,?\s+and\s+)){1,3}(?:19|20)\d\d)"
                               r",?\s+respectively")
_PREVIOUS_LISTED = re.compile(_LISTED_AFTER + r"\b(?:over|in|during)\s+the\s+"
                              r"(?:previous|preceding)\s+(\w+)\s+years")
# 218 and 283 over the previous two years
_CAMPAIGN_SINCE = re.compile(r"(?:行动|斗争|活动|整治)[」”\"]?(?:开展|展开|启动|实施)?以来")
_CAMPAIGN_START = re.compile(r"(?:自|从|于)\s*(?:((?:19|20)\d\d)\s*年)?\s*(\d{1,2})\s*月"
                             r"\s*(?:(\d{1,2})\s*日)?"
                             r"(?:\s*(?:至|到)[^，。；,;\n]{0,12}?)?\s*(?:起|开始)?[^。；;\n]{0,20}?"
                             r"(?:开展|启动|部署)[^。；;\n]{0,30}?(?:行动|斗争|活动)")
_WEEKDAYS_ZH = {**{day: n for n, day in enumerate("一二三四五六日")}, "天": 6}
_WEEKDAY_ZH = re.compile(rf"(?:周|星期|礼拜)([{''.join(_WEEKDAYS_ZH)}])"
                         rf"\s*(?:[(（]\d{{1,2}}日[)）])?\s*"
                         r"(?:在[^，,。\n]{1,8}?)?(?:指出|表示|说|介绍|透露|宣布|召开|举行|发布)")
_CLAUSE = re.compile(r"[，；;：:]|,(?!\d{3}(?!\d))")  # not 1,000; ,2008年办理
_BASE = re.compile(r"(?:同比|比|较)[^，,。；;]{0,12}\d\s*[^\d\s(（]{0,2}\s*[(（]\s*$")
_HAS = r"共有|(?<![发出实表体呈展])现有|拥有|已有"  # words of a stock (not 发现有)
_LEVEL = re.compile(rf"[^。；;\n]{{0,30}}?(?:(?:人数|总数|总量|人员)(?:已?达到?|为)|{_HAS}|共登记"
                    r"|[员师官]\s*(?:共计|总计)(?=\s*\d)"  # 全国人民陪审员共计33.2万余人
                    r"|已(?:建|成立|[设設]立))")  # 截至2003年6月底,全國已建法律援助機構2642個
_BUILT = re.compile(rf"人数|总数|总量|达到|发展到|建立|设立|建成|在册|担任|{_HAS}"
                    r"|(?i:\b(?:are|is|remain)\s+in\s+custody\b)")
_SO_FAR = r"[,，]?\s*已经?(?:抓获|破获|侦破|刑事拘留|逮捕|起诉|办理|受理|审结|查处|收缴)"
# 目前已抓获25名作案人员: so far this year, not a stock
_NOW = re.compile(rf"(?<![发出实表体呈展])现(?:有|在册|(?=\s*\d|\s*$))|(?<![至止到])目前(?!{_SO_FAR})|如今"
                  r"|(?i:\bat present\b|\bcurrently\b|\bnow ha(?:s|ve)\b"
                  r"|\b(?:are|is)\s+now\s+in\b"
                  r"|\b(?:has|have|there are)(?:\s+(?:more than|over|about|nearly|some|around))?"
                  r"(?:\s*$|\s+\d))")  # a stock in the present: China has 3.18 million mediators
_REACHED = re.compile(r"已经?(?:突破|达到?|超过|建成|$)|(?i:\bha(?:s|ve)\s+reached\b)")  # stocks
_CONTINUES = re.compile(r"\s*(?:(?i:among|of)\s+(?:these|those|them|which|the\s+total)\b|其中"
                        r"|这些[^，,。\n]{0,8}中)")  # 这些新受理案件中
_LEVEL_OF = re.compile(r"((?:19|20)\d\d)\s*年(?:[^，,。；(（\d来起至]{0,6}?的|[^，,。；(（\d]{0,6}[(（])\s*"
                       r"(?:[\d.]+\s*[^\d\s，,。；、和及]{0,2}\s*[、和及]\s*)*$")
# 较2011年的47.02%, 较2015年高峰时期(13.9万件), 较2015年高峰时的10875件和35867件: that year's levels
_TO_LEVEL = re.compile(r"(?:下降|上升|增长|增加|减少|提高|降|升|增)(?:为|至|到)")  # fell to
_OWN_DATE = re.compile(r"\s*[的占]\s*[\d约近]")  # 从2013年的1.48万件, 从2000年占53.9%: the date of a
# level, not a period
_SPACE = re.compile(r"\s*")
_TIME_CLAUSE = re.compile(r"\s*[，,]\s*")  # what may follow a year that is a clause of its own
_CLAUSE_END = re.compile(_CLAUSE.pattern + r"|\n")
PREVIOUS_YEARS = re.compile(r"(?:比|较)前([二两三四五六七八九十]|\d{1,2})年"
                            r"|(?i:(?:over|from|than)\s+the\s+previous\s+"
                            r"(two|three|four|five|ten|\d{1,2})[\s-]years?)")
_BASE_EN = re.compile(r"(?i)(?:percent|%)"
                      r"(?:\s+(?:respectively|year-on-year|more|less|higher|lower))?"
                      r"\s+(?:from|over|than|compared\s+(?:with|to))\s+"
                      r"(?:that\s+of\s+|(?:in\s+)?the\s+(?:same\s+)?period\s+(?:of|from)\s+"
                      r"|in\s+)?$")
# 40 percent more than in 2009, up 25.5 percent over the period from 2003 to 2007, 13.8 percent
# lower than in the same period of 2022
_REPORT = re.compile(r"(?i)\s*(?:年度?)?\s*(?:government\s+)?(?:work\s+report|工作报告)")
_RECORD_BEFORE = re.compile(r"(?i)\b(?:most|(?:bigg|larg|high|low|wor|b|strong|great|fast|long"
                            r"|deadli)est)\b[^.;\n]{0,60}\b(?:in|over|for|since)\s+(?:the\s+)?$")
_RECORD_AFTER = re.compile(r"\s*(?:的|之|以来的?)?\s*(?:最(?!高[人法检])|新高|新低"
                           r"|第[一二三四五六七八九十\d]+次)")  # not 最高人民法院; 自1991年以来第五次
_BEFORE_YEAR = re.compile(r"\s*(?:以前|之前)")  # 清理出2007年以前积累的执行案件: the cases' age
_ISSUE = re.compile(r"\s*第?\s*\d{1,2}\s*期")  # 中国司法鉴定 2018年3期: a journal's issue
_THAT_OF = re.compile(r"(?i)\b(?:times|than|with|to|from|as|over|of)\s+(?:that|those)"
                      r"\s+(?:in|of)\s+$")
# six times that of 1980; not "announced …, that in the first 11 months"
_IN_AFTER = re.compile(r"[\d,.]+(?:\s+[A-Za-z-]+){0,3}\s+(?:in|during)\s+(?:the\s+)?")
_FUTURE = re.compile(r"(?i)\b(?:will|would|plans?|aims?|expects?|expected|within)\b[^.;\n]*$")
_REVIEW_WORDS = r"去年|上年|一年来|过去一年|工作的?报告|工作会议|总结|(?i:(?:last|past)\s+year|work\s+report)"
_TIMES = re.compile(r"\s*的\s*(?:\d+(?:\.\d+)?|[一二两三四五六七八九十]+)\s*倍")
_EN_NUMBERS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "two": 2, "three": 3, "four": 4,
               "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
               "decade": 10}
_NUMBER_WORDS = _CN_DIGITS | _EN_NUMBERS
_OPEN = ("since", "since_day", "since_day_en", "congress", "symposium",  # spans from a start
         "plan_since")
_SPANS = (*_OPEN, "years_back", "now")  # spans that run to the publication

_PATTERNS = [  # (kind, pattern), most specific first
    ("days", rf"{_OF_YEAR}?\s*(\d{{1,2}})\s*月\s*(?:(\d{{1,2}})\s*日\s*(?:至|到|—|–|-|~)\s*"
             rf"(\d{{1,2}})\s*日|([上下])半月)"),  # 2021年2月1日至15日, 2021年9月上半月
    ("dates", rf"(?:{_Y}\s*年|(去年|上年|今年)(?=\s*\d))\s*(?:(\d{{1,2}})\s*月\s*(?:(\d{{1,2}})\s*日)?)?"
              rf"\s*(?:至|到|—|–|-|~)\s*"
              rf"(?:{_Y}\s*年|今年)?\s*(\d{{1,2}})\s*月\s*(?:(\d{{1,2}})\s*日)?"),
    ("months", rf"(?:{_OF_YEAR}|(?<![\d.年]))\s*(\d{{1,2}})\s*月?\s*(?:至|到|—|–|-|~)\s*(\d{{1,2}})\s*月"
               rf"(?:\s*(\d{{1,2}})\s*日)?"),
    ("dates_en", rf"(?i:from\s+{_MONTH}\s+(?:(\d{{1,2}}),?\s+)?{_Y},?\s+"
                 rf"(?:to|through|till|until)\s+(?:the\s+end\s+of\s+)?{_MONTH}\s+"
                 rf"(?:(\d{{1,2}}),?\s+)?{_Y})"),  # from July 2017 to the end of June 2022
    ("year_to_month_en", rf"(?i:from\s+{_Y}\s+(?:to|through|till|until)\s+(?:the\s+end\s+of\s+)?"
                         rf"(?:{_MONTH}\s+{_Y}|this\s+{_MONTH}))"),  # From 2010 to September 2015,
    # From 2013 to this June
    ("to_half_en", rf"(?i:from\s+{_Y}\s+(?:to|through|until)\s+the\s+(first|second)\s+half\s+of"
                   rf"\s+(?:this\s+year|the\s+year|{_Y}))"),  # from 2003 to the first half of 2007
    ("months_en", rf"(?i:(?:from|between)\s+{_MONTH}(?:\s+(\d{{1,2}})\b)?,?\s+"
                  rf"(?:to|through|till|until|and)\s+"
                  rf"(?:(?:early|mid|late)[\s-]+|the\s+end\s+of\s+)?{_MONTH}(?:\s+(\d{{1,2}})\b)?"
                  rf"(?:,?\s+(?:of\s+)?{_Y})?)"),  # Feb 3 to March 31, January to late June
    ("month_en", rf"(?:\A|(?<=\n)|(?<=\.\s))In\s+(?i:{_MONTH})(?=\s*,)"),  # In May, courts …
    ("half_en", rf"(?i:(?:the\s+)?(first|second)\s+half\s+of\s+(?:the\s+year|this\s+year|{_Y}))"),
    ("quarters_en", rf"(?i:(?:the\s+)?(?:(first|second|third|fourth)\s+quarter|first\s+(two|three)"
                    rf"\s+quarters)\s+(?:(?:of|in)\s+the\s+year|(?:(?:of|in)\s+)?{_Y}))"),
    ("whole_year", r"(?<!年)(?<!年\s)全年"),  # not 与2023年全年…相比: the year names it
    ("same", r"(?<![年比较与])同期(?=\s*[，,])|(?i:\b(?:in|during)\s+the\s+same\s+period\b"
             r"|\bduring\s+the\s+period\b)"),
    ("half", rf"{_OF_YEAR}?\s*(上|下)半年"),
    ("quarter", rf"{_OF_YEAR}?\s*(前)?第?([一二三四1-4])季度"),
    ("first_months", rf"{_OF_YEAR}?\s*[前首]\s*([一二两三四五六七八九十]{{1,2}}|\d{{1,2}})\s*个?月"
                     rf"|(?i:(?:the\s+|(?<=in\s))first\s+(two|three|four|five|six|seven|eight|nine"
                     rf"|ten|eleven|\d{{1,2}})\s+months(?:\s+(?:of|in)\s+(?:the\s+year|this\s+year"
                     rf"|(last\s+year)|{_Y}))?)"),
    ("year_end", rf"截[至止]\s*{_Y}\s*年\s*(?:底|末)"
                 rf"|(?i:\b(?:as\s+of|by)\s+the\s+end\s+of\s+{_Y})"),
    ("range", rf"{_Y}\s*年?\s*(?:至|到|—|–|-|~|to)\s*{_Y}\s*年?|(?i:between\s+{_Y}\s+and\s+{_Y})"),
    ("range_short", rf"(?i:\bfrom\s+){_Y}-(\d\d)(?![\d\-/])"),  # From 2010-14,
    ("until_year", rf"(?i:\bby\s+{_Y}(?=\s*,))"),  # Since … 1984, …. By 2013, 225,283 cases
    ("since_day", rf"(?:自|从)\s*(?:{_Y}\s*年|(今年|去年))?\s*(\d{{1,2}})\s*月\s*(\d{{1,2}})\s*日"
                  rf"(?:起|以来|至今|[^，。；,;\n\d]{{1,30}}?以来)"
                  rf"|(?<![\d年])()()(\d{{1,2}})\s*月\s*(\d{{1,2}})\s*日\s*以来"),  # 6月25日以来
    ("since_day", rf"(?:{_Y}\s*年|(今年|去年))?\s*(\d{{1,2}})\s*月\s*(\d{{1,2}})\s*日"
                  rf"\s*[^，。；,;\n\d]{{0,20}}?(?:部署|启动)[^，。；,;\n]{{0,40}}?行动"),  # launched
    ("since_day", rf"部署[^，。；,;\n\d]{{0,20}}?()()(\d{{1,2}})\s*月\s*(\d{{1,2}})\s*日\s*(?:至|到)"
                  rf"[^，。；,;\n]{{0,12}}?[,，]?\s*(?:展开|开展)[^，。；,;\n]{{0,40}}?行动"),  # 部署…6月25日
    # 至9月底,展开…行动: a campaign planned from that day
    ("since_day", rf"(?:自|从)?(?:{_Y}\s*年|(今年|去年))?\s*(\d{{1,2}})\s*月\s*([上中下])旬"
                  rf"\s*(?:起|以来|开始)"),  # 2023年2月中旬起: from the 11th
    ("since", rf"(?:自|从)?{_Y}\s*年\s*(?:(\d{{1,2}})\s*月)?\s*(?:\d{{1,2}}\s*日)?"
              rf"(?:起|以来|至今|[^，。；,;\n\d]{{1,30}}?以来)"),
    ("since", rf"(?:自|从){_Y}\s*年\s*(?:(\d{{1,2}})\s*月)?\s*[,，][^，。；,;\n\d]{{1,30}}?以来"),
    # 自2012年2月,检察机关行贿犯罪档案查询系统全国联网以来
    ("since", rf"(?:自|从){_Y}\s*年\s*(?:(\d{{1,2}})\s*月)?\s*开始"),  # 从2020年开始开展
    ("since_day_en", rf"(?i:since\b[^.;\d]{{0,80}}?\bon\s+{_MONTH}\s+(\d{{1,2}})\b)(?!,?\s*\d)"),
    # since an anti-drug campaign was launched by the MPS on Jan. 24
    ("since_day_en", rf"(?:\A|(?<=\n)|(?<=\.\s))On\s+(?i:{_MONTH})\s+(\d{{1,2}}),\s+"
                     rf"[^.;\n]{{0,60}}?\b(?:launched|started|began)\b[^.;\n]{{0,60}}?"
                     rf"\b(?:campaign|crackdown)"),
    # On Jan 24, the commission launched a two-month national anti-drugs campaign
    ("since", rf"(?i:since\b[^.;\d]{{0,60}}?(?:{_MONTH}\s+)?){_Y}(?!'?s\b)"),  # not the 1950s
    ("since", rf"(?:\A|(?<=\n)|(?<=\.\s)|(?<=[\"“]))From\s+{_Y}()(?=\s*,)"),  # a sentence's
    # "From 2003, the courts have received", not "up 8.8 percent from 2017, …" (the empty group
    # stands for the month of the Chinese form above)
    ("since", r"(?:自|从)?(?:去年|上年)(?:起|以来|至今)"),
    ("since", r"(?:自|从)\s*(今年|去年|上年)\s*(\d{1,2})\s*月(?:起|以来|至今|[^，。；,;\n\d]{1,30}?以来)"),
    ("since", r"(今年|去年|上年)\s*(\d{1,2})\s*月\s*以来"),  # 去年4月以来
    ("since", rf"(?i:since\s+last\s+(?:{_MONTH}|year\b))"),
    ("since", rf"(?i:since\s+{_MONTH}\b)(?![\s,]*\d|(?i:\s+last\s+year))"),  # since August (of the
    # year reported)
    ("since", rf"(?i:since\b(?:[^.;\d]{{0,100}}?\bin)?\s+{_MONTH}\s+last\s+year)"),
    # since … in April last year, Since June last year
    ("since", rf"(?i:\b(?:began|launched|started)(?:\s+by\s+the(?:\s+[a-z']+){{1,3}}?)?"
              rf"\s+(?:earlier\s+this\s+month|this\s+month|in\s+{_MONTH}(?:\s+{_Y})?))"),
    # a campaign launched (by the ministry) in January
    ("congress", r"(?:党的)?(十八|十九|二十)大以来|(?i:since\s+the\s+(18|19|20)th\s+"
                 r"(?:CPC\s+)?National\s+Congress)"),
    ("symposium", r"(?:中央)?第([一二三五六七])次(?:中央)?(新疆|西藏)工作座谈会(?:召开)?以来"),
    ("plan_since", r"[“\"]?(十[一二三四五])五[”\"]?(?:规划)?(?:实施)?以来"),  # “十四五”以来
    ("plan", r"[“\"]?(十[一二三四五])五[”\"]?(?:规划)?(?:期间|时期)"
             r"|(?i:during\s+the\s+(1[1-5])th\s+five-year\s+plan(?:\s+period)?)"),
    ("years_back", r"(?:过去|近)?(?<![\d一二两三四五六七八九十])([一二两三四五六七八九十]{1,3}|\d{1,2})"
                   r"\s*(?:多|余)?年多?(?:来|以来)|(?:过去的?|近|累计)([一二两三四五六七八九十]{1,3}|\d{1,2})年"
                   r"|(?i:(?:past|last|\bin)\s+(two|three|four|five|ten|\d{1,2})\s+years\b"
                   r"|since\b[^.;\d]{0,60}?\b(two|three|four|five|ten|\d{1,2})\s+years\s+ago\b"
                   r"|(?:past|last)\s+(decade)\b)"),
    ("until", rf"截[至止]到?\s*(?:{_Y}\s*年|今年)?\s*(\d{{1,2}})\s*月\s*(?:(\d{{1,2}})\s*日|底|末)?"),
    ("until", rf"(?i:\b(?:as\s+of(?:\s+the\s+end\s+of)?|by\s+the\s+end\s+of|through|up\s+to"
              rf"|until|till|by(?=\s+{_MONTH.replace('(', '(?:', 1)}\s+\d{{1,2}}\b))\s+{_MONTH}"
              rf"(?:\s+(\d{{1,2}})\b)?(?:,?\s+{_Y}|\s+this\s+year)?)"),  # As of March 3, By June 30
    ("now", rf"截[至止]到?(?:目前|日前|当前|今)|到目前为止|目前(?={_SO_FAR})"
            r"|(?i:\b(?:till|to)\s+date\b|\bso\s+far\b)"),
    ("day", rf"(?i:{_MONTH}\s+\d{{1,2}},?\s+(?:last|this)\s+year)"),  # a riot on July 5 last year
    ("this_year", r"今年(?:以来)?|(?i:this\s+year)"),
    ("last_year", r"(?<![较比同与])(?:去年|上年)"  # not a comparison
                  r"|(?i:(?<!period )(?<!than )(?<!with )(?<!over )(?<!from )last\s+year)"),
    ("day", rf"{_Y}\s*年\s*\d{{1,2}}\s*月\s*\d{{1,2}}\s*日"
            rf"|(?i:\d{{1,2}}\s+{_MONTH}\s+{_Y}|{_MONTH}\s+\d{{1,2}},\s*{_Y})"),
    ("month", rf"{_Y}\s*年\s*\d{{1,2}}\s*月"),  # read as its year
    ("year", rf"{_Y}\s*年度?|(?<![\d\-/.\u4e00-\u9fff])(?:(?i:{_MONTH})\s+)?{_Y}"
             rf"(?![\d\-/]|\.\d)"),  # not a date, 2015.12.02
]


@dataclass(frozen=True)
class Period:
    start: dt.date
    end: dt.date

    @classmethod
    def year(cls, year: int) -> "Period":
        return cls(dt.date(year, 1, 1), dt.date(year, 12, 31))

    @property
    def whole_years(self) -> int:
        """How many whole calendar years the period is (0 unless it runs from 1 January to 31
        December)."""
        whole = (self.start.month, self.start.day, self.end.month, self.end.day) == (1, 1, 12, 31)
        return self.end.year - self.start.year + 1 if whole else 0

    def __str__(self) -> str:
        if self.whole_years == 1:
            return str(self.start.year)
        return f"{self.start.isoformat()}..{self.end.isoformat()}"


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    period: Period
    heading: bool
    kind: str


class Periods:
    """Year expressions of one text, and the period that governs any position in it."""

    def __init__(self, text: str, published: tuple[dt.date, dt.date] | None,
                 skip: list[tuple[int, int]] = ()):
        self.text, self.published = text, published
        as_of = _as_of(text, published)
        self.review = _reviews(text, as_of)
        self.mentions = _mentions(text, published, as_of, list(skip), self.review)
        self.boundaries = _sentence_boundaries(text)

    def at(self, pos: int) -> Period | None:
        """The year of a level printed right after it (较2011年的47.02%); else the nearest year
        expression of the figure's clause, before it (not the year of a level it fell from,
        由2011年的0.51%下降为0.2%) or else after it; else, when its sentence compares it with the
        n previous years (比前五年), those years; else, for a stock its sentence says is current
        (现有, 目前有), the year reported; else the one that is the whole clause before
        (``而在2017年,这三项数据分别为196件``); else a 截至 (截至目前) that opens a clause before it;
        else the one opening the last clause of its sentence that names one, after its first
        (2004年以来,…,2008年办理…,提供…430万人次); else the first of its sentence (its topic:
        ``2020年,…继2019年突破4万件后,再次突破5万``); else the nearest of its paragraph
        (``今年以来,…。其中,…``; of the one before too when it opens on "Among these"; not the
        year of a level, ``从2013年的1.48万件``); else, for a stock reached (``已突破378万人次``),
        the year reported; else, for a figure in a heading, the year that opens the paragraph
        below it; else the nearest heading above; else the document's first, unless it
        is the month of an event (2000年8月; not a campaign's start, 2019年1月开始), a span after
        the figure (一支6万余人的队伍…。…近3年来) or a year of history ("fled in 1959" in 2008);
        else the year reported (``_reported``)."""
        before = [m for m in self.mentions if m.end <= pos]
        sentence = self.sentence_start(pos)
        clause = self._clause_start(pos)
        in_clause = [m for m in before if m.start >= clause and not (
            _OWN_DATE.match(self.text, m.end) and _TO_LEVEL.search(self.text, m.end, pos))]
        # 由2011年的0.51%下降为0.2%: the year of the level it fell from
        after = self._after_in_clause(pos)
        level = _LEVEL_OF.search(self.text, max(0, pos - 40), pos)
        if level:  # 较2011年的47.02%, 由2011年的0.51%: the level of that year
            return Period.year(int(level.group(1)))
        respective = self._respective_year(pos)
        if respective:
            return respective
        if after and (_IN_AFTER.fullmatch(self.text, pos, after.start)
                      or after.kind == "this_year" and after.start - pos <= 30
                      and self.text[pos:after.start].isascii()):  # to over 3 million this year
            if after.kind == "this_year" \
                    and re.search(r"(?i)\bto\s*$", self.text[max(0, pos - 8):pos]):
                return Period.year(after.period.end.year)  # a level reached, not the year so far
            return self._dated(after, pos)  # …in the second half of 2017 and 113,160 in 2018
        if in_clause:
            return self._dated(in_clause[-1], pos)
        if after:
            return self._dated(after, pos)
        previous = self._previous_years(clause, pos)
        if previous:
            return previous
        in_sentence = [m for m in before if m.start >= sentence]
        if in_sentence and self._is_clause(in_sentence[-1], clause):
            return self._dated(in_sentence[-1], pos)  # …2018年以来,…,而在2017年,这三项数据分别为196件
        english = in_sentence and self.text[sentence:pos].isascii()
        now = self.published and _NOW.search(self.text, in_sentence[-1].end if english
                                             else sentence, pos)  # not …there are 17,000 …,
        if now:  # and that between 2006-2010 there were 10 million …, 5 million
            dated = [m for m in in_sentence if m.end <= now.start() and m.kind == "last_year"]
            if dated:  # 去年中国大陆现有吸毒人数…: a stock of that year
                return Period.year(dated[-1].period.end.year)
            return self._cumulative(clause, pos, pos, self.published[1]) \
                or self._now(pos)  # a stock: 现有人民调解员317.6万人
        until = [m for m in in_sentence
                 if m.kind in ("until", "now") and self._is_clause(m, self._clause_end(m))]
        if until:  # 一年来的…成果:截至今年5月10日,…5221起,拐卖儿童案件3519起: up to that day
            return self._dated(until[-1], pos)
        if in_sentence and re.match(r"(?i)\s*when\b", self.text[clause:pos]) \
                and in_sentence[-1].end >= clause - 2:
            return self._dated(in_sentence[-1], pos)  # …all of China in 2007, when 742 arrests
        opening = [m for m in in_sentence if m.start > in_sentence[0].start
                   and not self.text[self._clause_start(m.start):m.start].strip()]
        if opening:  # 2004年以来,…,2008年办理案件近55万件,提供法律咨询超过430万人次
            return self._dated(opening[-1], pos)
        if in_sentence:
            return self._dated(in_sentence[0], pos)
        later = next((m for m in self.mentions if pos < m.start < self.sentence_end(pos)), None)
        if later and self.text[pos:later.start].isascii() \
                and not re.search(r"(?i)\bfrom\b", self.text[pos:later.start]):  # 3,000 children,
            return self._dated(later, pos)  # including …, were rescued during a campaign launched
            # in January; not 200,000, a massive increase from just a few hundred in 1979
        in_paragraph = [m for m in before if m.start >= self.paragraph_start(pos)
                        and not _OWN_DATE.match(self.text, m.end)]
        if in_paragraph:
            return self._dated(in_paragraph[-1], pos)
        if self.published and _REACHED.search(self.text, sentence, pos):
            return self._now(pos)  # 总访问量已突破378万人次
        below = self._opening_below(pos)
        if below:  # a heading's figure: 全国海事法院一审调撤结案率59%\n2025年,…
            return self._dated(below, pos)
        headings = [m for m in before if m.heading or self._introduces(m)]
        if headings:
            return self._dated(headings[-1], pos)
        first = next((m for m in self.mentions if m.kind != "days"
                      or "年" in self.text[m.start:m.end]), None)  # not an event's 6月25日-29日
        start = first and re.match(r"\s*(?:开始|起)", self.text[first.end:])  # 2019年1月开始,…
        if first and (first.kind != "month" or start) and not self._session_year(first) \
                and not (first.start > pos and first.kind in (*_SPANS, "until")) \
                and not self._past(first):
            return self._dated(first, pos)
        return _reported(self.published, self.review) if self.published else None

    def _opening_below(self, pos: int) -> Mention | None:
        """For a figure in a heading, the year expression that opens the paragraph below it."""
        if not is_heading(line_at(self.text, pos)):
            return None
        end = self.text.find("\n", pos)
        if end == -1:
            return None
        below = _SPACE.match(self.text, end).end()
        return next((m for m in self.mentions if m.start == below), None)

    def _now(self, pos: int) -> Period:
        """The year of a stock in the present at ``pos``: the year-end the text's figures are as
        of, said before it ("data on Chinese lawyers as of the end of 2017 … There are more than
        365 thousand lawyers"), else the year reported."""
        ends = [m for m in self.mentions if m.kind == "year_end" and m.end <= pos]
        return ends[0].period if ends else _reported(self.published, self.review)

    def _dated(self, m: Mention, pos: int) -> Period:
        """The period ``m`` gives the figure at ``pos``: for a stock its sentence builds up to
        now (截至目前,…共有律师1476人; "So far, 414 riot suspects are in custody"), the year of
        a span up to now."""
        cumulative = self._cumulative(self.sentence_start(pos), pos, m.start, m.period.end) \
            if m.kind in ("now", "until") else None
        if cumulative:
            return cumulative
        if m.kind == "now":
            end = self.sentence_end(pos)
            stop = _CLAUSE_END.search(self.text, pos, end)
            if _BUILT.search(self.text, self.sentence_start(pos), stop.start() if stop else end):
                return Period.year(m.period.end.year)
        return m.period

    def _cumulative(self, words: int, pos: int, before: int, end: dt.date) -> Period | None:
        """A cumulative count (累计 in the words from ``words`` to the figure; not a stock:
        在册70余万人) from the first year or month its paragraph names before ``before`` up to
        ``end`` (2003年7月,…开展社区矫正试点…。截至目前,全国累计接收社区服刑人员412万人; 从2006年
        开始…,目前…,累计收治…7.8万余人)."""
        if "累计" not in self.text[words:pos] \
                or _BUILT.search(self.text, self._clause_start(pos), pos):
            return None
        paragraph = self.text.rfind("\n", 0, before) + 1
        first = next((x for x in self.mentions if paragraph <= x.start < before
                      and x.kind in ("year", "month", "since")), None)
        if first is None:
            return None
        month = re.search(r"年\s*(\d{1,2})\s*月", self.text[first.start:first.end])
        start = first.period.start
        return Period(start.replace(month=int(month.group(1))) if month else start, end)

    def _past(self, m: Mention) -> bool:
        """Whether ``m`` is a year more than ten before the report's: history ("fled to India in
        1959" in 2008), not the year a text reports."""
        return bool(self.published) and m.kind == "year" \
            and m.period.end.year < self.published[1].year - 10

    def _session_year(self, m: Mention) -> bool:
        """Whether ``m`` is the bare year of a text of the review season (NPC & CPPCC Sessions
        2009, UPDATED: March 10, 2009): the year of the meeting, not of the figures it reviews."""
        return self.review \
            and m.kind in ("year", "day") and m.period.start.year == self.published[1].year

    def _introduces(self, m: Mention) -> bool:
        """Whether ``m`` stands in a paragraph that ends on a colon, introducing what follows
        (…during the first three quarters in 2019, as follows: / …主要数据,具体如下:)."""
        end = self.text.find("\n", m.end)
        return self.text[m.end:end if end != -1 else len(self.text)].rstrip().endswith((":", "："))

    def paragraph_start(self, pos: int) -> int:
        """Where the paragraph of ``pos`` starts; one that opens on "Among these", "Of these",
        这些…中 or 其中 goes on with the paragraph before it."""
        start = self.text.rfind("\n", 0, pos) + 1
        while _CONTINUES.match(self.text, start) and self.text[:start].strip():
            start = self.text.rfind("\n", 0, len(self.text[:start].rstrip())) + 1
        return start

    def _clause_start(self, pos: int) -> int:
        sentence = self.sentence_start(pos)
        return max([sentence] + [c.end() for c in _CLAUSE.finditer(self.text, sentence, pos)])

    def _clause_end(self, m: Mention) -> int:
        stop = _CLAUSE.search(self.text, m.end)
        return stop.end() if stop else m.end

    def _is_clause(self, m: Mention, end: int) -> bool:
        """Whether ``m`` is the whole clause ending at ``end``, but for a word or two (而在)."""
        return m.start - self._clause_start(m.start) <= 3 \
            and bool(_TIME_CLAUSE.fullmatch(self.text, m.end, end))

    def _respective_year(self, pos: int) -> Period | None:
        """"257 and 317 in 2018 and 2019, respectively": each figure of the list its year."""
        number = _NUMBER.search(self.text, pos, pos + 30)  # the figure's own digits
        years = number and _RESPECTIVE_YEARS.match(self.text, number.end())
        previous = number and not years and _PREVIOUS_LISTED.match(self.text, number.end())
        if previous:  # 382 … in 2020, an increase from 218 and 283 over the previous two years
            count = _number(previous.group(2))
            year = [m for m in self.mentions
                    if self.sentence_start(pos) <= m.start < pos and m.kind == "year"]
            if not (count and year):
                return None
            last = year[-1].period.start.year
            listed = [str(y) for y in range(last - count, last)]
        elif years:
            listed = re.findall(r"(?:19|20)\d\d", years.group(2))
        else:
            return None
        rest = _NUMBER.findall((years or previous).group(1))  # the figures listed after this one
        index = len(listed) - 1 - len(rest)
        return Period.year(int(listed[index])) if index >= 0 else None

    def _after_in_clause(self, pos: int) -> Mention | None:
        """The first year expression after the figure in its clause, when none stands before
        it there (8,300 cases over the past five years, provided …)."""
        end = self.sentence_end(pos)
        stop = _CLAUSE_END.search(self.text, pos, end)
        end = stop.start() if stop else end
        return next((m for m in self.mentions if pos < m.start and m.end <= end), None)

    def _previous_years(self, clause: int, pos: int) -> Period | None:
        """The n years before publication when the figure's sentence compares it with the n
        years before them (受理…1733.6万件,比前五年上升40%; the change itself too)."""
        m = PREVIOUS_YEARS.search(self.text, clause, self.sentence_end(pos))
        return _years_before(m, self.published[1].year) if m and self.published else None

    def of_change(self, period: Period | None, words: str) -> Period | None:
        """A change whose ``words`` (its sentence up to it) say 同比, over several years, is that
        of the last year (2020年以来…同比增长 → this year so far), or of the last whole year when
        the years were counted back from a day (两年来…同比增长96.9% in May 2024 → 2023). A span
        of a year or less (一年来 in April), one whose last year has barely begun (2024年以来
        on 7 January 2025), or five years or more (a work report's 过去五年, 2018年1月至2023年5月:
        同比 is on the years before), keeps its period."""
        if not (period and "同比" in words and period.start.year < period.end.year) \
                or (period.end - period.start).days <= 366 or period.end.month == 1 \
                or (period.end - period.start).days >= 5 * 365 - 1:
            return period
        if (period.start.month, period.start.day) == (period.end.month, period.end.day):
            return Period.year(period.end.year - 1)
        return Period(dt.date(period.end.year, 1, 1), period.end)

    def sentence_start(self, pos: int) -> int:
        starts = [b for b in self.boundaries if b <= pos]
        return starts[-1] if starts else 0

    def sentence_end(self, pos: int) -> int:
        return next((b for b in self.boundaries if b > pos), len(self.text))


def _mentions(text: str, published, as_of, skip: list[tuple[int, int]],
              review: bool) -> list[Mention]:
    taken, found = list(skip), []
    for kind, pattern in _PATTERNS:
        for m in re.finditer(pattern, text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            taken.append((m.start(), m.end()))
            period = _resolve(kind, m, as_of, review)
            if kind == "until" and period and _LEVEL.match(text, m.end()):
                period = Period.year(period.end.year)  # a stock: 截至2022年6月30日,律师人数达7114名
            if period is None or _ignored(text, m, period, published) \
                    or kind in ("years_back", "since") and _record(text, m) \
                    or kind == "month" and line_at(text, m.start()).strip() == m.group(0) \
                    or kind == "years_back" \
                    and _FUTURE.search(text, max(0, m.start() - 80), m.start()):
                continue  # …, or a date line alone (二○○八年三月)
            found.append(Mention(m.start(), m.end(), period,
                                 is_heading(line_at(text, m.start())), kind))
    found += _campaign_since(text, as_of, taken)
    found.sort(key=lambda x: x.start)
    merged: list[Mention] = []
    closed = set()  # the spans closed by the 截至 right after them
    for m in found:
        last = merged[-1] if merged else None
        if last and last.kind == "years_back" and m.kind in ("range", "range_short", "dates") \
                and re.fullmatch(r"\s*[(（]\s*", text[last.end:m.start]) \
                and re.match(r"\s*[)）]", text[m.end:]):  # 五年来(2021-2025年): those years
            merged[-1] = replace(m, start=last.start)
            continue
        if last and last.kind in _OPEN and "\n" not in text[last.end:m.start]:
            if m.kind == "now":  # 2020年1月以来，…，截至目前: the same period
                continue
            if m.kind in ("months", "half", "quarter", "first_months") \
                    and re.fullmatch(r"\s*[至到]\s*", text[last.end:m.start]):
                merged[-1] = Mention(last.start, m.end, Period(last.period.start, m.period.end),
                                     last.heading, "dates")  # 2018年以来至今年第一季度
                continue
            if m.kind in ("until", "until_year") and last.period.start <= m.period.end:
                m = replace(m, period=Period(last.period.start, m.period.end))
                merged[-1] = replace(last, period=m.period)  # the span ends there
                closed.add(len(merged) - 1)
        merged.append(m)  # 2018年以来，…。截至2022年2月: the span up to then
    spans = [m for i, m in enumerate(merged) if m.kind in _OPEN and i not in closed]
    closing = {merged[i].period.end: merged[i]  # the end of each span closed by its own 截至 →
               for i in sorted(closed, reverse=True)}  # that span (the first, if two end alike)
    for i, m in enumerate(merged):
        alone = i == 0 or "\n" in text[merged[i - 1].end:m.start] \
            or merged[i - 1].kind == "years_back"  # 一年来的…行动…:截至今年5月10日
        if m.kind == "until" and alone and m.period.end in closing \
                and closing[m.period.end].start < m.start:  # the same 截至 again, later:
            merged[i] = replace(m, period=closing[m.period.end].period)  # …行动,截至6月底,…。截至6月底
        elif m.kind == "until" and alone and spans:  # 截至2021年8月，…。…自2017年7月以来
            since = min(spans, key=lambda s: abs(s.start - m.start))
            if since.period.start < m.period.end:  # As of March 3, … (began earlier this month)
                merged[i] = replace(m, period=Period(since.period.start, m.period.end))
                if since.start < m.start:  # …以来,…。截至今年5月10日: the span's figures too
                    at = merged.index(since)
                    merged[at] = replace(since, period=merged[i].period)
                    spans[spans.index(since)] = merged[at]
        elif m.kind == "now" and alone and spans and not review:  # 从2007年5月开始,…。\n截至目前
            merged[i] = replace(m, period=min(spans, key=lambda s: abs(s.start - m.start)).period)
        if m.kind == "years_back" and re.search(r"[多余]\s*年", text[m.start:m.end]):
            paragraph = text.rfind("\n", 0, m.start)  # 从2003年开始试点,…。10多年来: since 2003
            start = next((y.period.start for y in reversed(merged[:i]) if y.start > paragraph
                          and (y.kind == "year" and y.period.end < m.period.start
                               or y.kind == "since" and y.period.start < m.period.start)), None)
            merged[i] = replace(m, period=Period(start, m.period.end)) if start else m
        if m.kind == "whole_year":  # 2019年,…。全年共办理各类案件3146292件: that year's
            paragraph = text.rfind("\n", 0, m.start)
            year = next((y for y in reversed(merged[:i]) if y.start > paragraph), None) \
                or next((y for y in reversed(merged[:i]) if y.kind == "year"), None)
            merged[i] = replace(m, period=year.period) \
                if year and year.kind in ("year", "year_end") else m  # 截至2017年底,…;全年
        if m.kind == "same" and i:  # from Jan. 1, 2013, to Nov. 30, 2022, … In the same period
            j = i - 1  # not the year that names the span's (from January to November last year)
            while j and merged[j].start - merged[j - 1].end <= 4 \
                    and merged[j - 1].period.start >= merged[j].period.start \
                    and merged[j - 1].period.end <= merged[j].period.end:
                j -= 1
            merged[i] = replace(m, period=merged[j].period)
    return [m for m in merged if m.period.start != dt.date.min]  # not a 同期 with none before


def _campaign_since(text: str, as_of, taken: list[tuple[int, int]]) -> list[Mention]:
    """``专项斗争开展以来``, ``行动开展以来`` with no start of their own: from the day the text says
    the campaign began (``自2018年1月开始,全国开展…专项斗争``, ``于6月13日至10月31日开展是项打击行动``,
    before or after them) to the report's day."""
    begun = _CAMPAIGN_START.search(text) if as_of else None
    if not begun:
        return []
    end = as_of[1]
    month, day = int(begun.group(2)), int(begun.group(3) or 1)
    year = int(begun.group(1)) if begun.group(1) else _this_or_last_year(month, end)
    period = _from_day(year, month, day, end)
    return [Mention(m.start(), m.end(), period, is_heading(line_at(text, m.start())), "since")
            for m in _CAMPAIGN_SINCE.finditer(text)
            if period and period.start <= end
            and not any(s < m.end() and m.start() < e for s, e in taken)]


def _as_of(text: str, published):
    """``published`` ending on the report's day: the day of the event the text reports, the
    first date up to the publication followed in its sentence by 召开, 举行 or 发布会
    (1月4日，…召开新闻发布会; 拉萨5月27日电…在27日举行的新闻发布会: a date printed without its
    month has that of the date before it, else the publication's; 昨天, 今日 count back from the
    dateline's day, else the publication's), else its dateline (北京7月25日电, 27日在京表示, 记者昨天从…了解到,
    BEIJING, Nov. 29 (Xinhua)), else the weekday it was said on ("said on Thursday", 周三指出: the
    last such day up to publication). What runs 以来 or 截至目前 runs to that day."""
    if not published:
        return published
    end = published[1]
    days, month = [], None
    for m in _DAY.finditer(text):
        month = int(m.group(2)) if m.group(2) else month
        with suppress(ValueError):
            days.append((m.end(), dt.date(int(m.group(1) or end.year),
                                          month or end.month - (int(m.group(3)) > end.day),
                                          int(m.group(3)))))
    written = next((d for pos, d in days if _DATELINE.match(text, pos)
                    and d.year == end.year and d <= end), end)  # 今天 of a dateline's day
    days += [(m.end(), written - dt.timedelta(days=_DAYS_BEFORE[m.group(0)]))
             for m in _RELATIVE_DAY.finditer(text)]
    days.sort()
    events = (d for pos, d in days if _EVENT.match(text, pos))
    datelines = (d for pos, d in days if _DATELINE.match(text, pos))
    english = (_day_of(end.year, m.group(1), m.group(2)) for m in _DATELINE_EN.finditer(text))
    weekday = (end - dt.timedelta(days=(end.weekday() - _WEEKDAYS.index(m.group(1).lower())) % 7)
               for m in _WEEKDAY.finditer(text, 0, 600))  # "said on Thursday": the last one
    weekday_zh = (end - dt.timedelta(days=(end.weekday() - _WEEKDAYS_ZH[m.group(1)]) % 7)
                  for m in _WEEKDAY_ZH.finditer(text, 0, 600))  # 刘忠义周三指出
    day = next((d for d in chain(events, datelines, english, weekday, weekday_zh)
                if d and d.year == end.year and d <= end), None)
    return (day, day) if day else published


def _day_of(year: int, month: str, day: str) -> dt.date | None:
    with suppress(ValueError):
        return dt.date(year, _month(month), int(day))
    return None


def _ignored(text: str, m: re.Match, period: Period, published) -> bool:
    if _PLAN.match(text, m.end()) or _TIMES.match(text, m.end()) or _REPORT.match(text, m.end()) \
            or _BEFORE_YEAR.match(text, m.end()) or _ISSUE.match(text, m.end()) \
            or re.search(r"(?:比|较|与|同)\s*[(（]?\s*$|(?i:\bover\s+$)", text[:m.start()][-5:]) \
            or re.search(r"(?i)\byearbook\s+$", text[max(0, m.start() - 10):m.start()]) \
            or re.search(r"(?i)\bthan\s+(?:during|in)\s+[a-z ]{0,20}$",
                         text[max(0, m.start() - 40):m.start()]) \
            or _THAT_OF.search(text, max(0, m.start() - 24), m.start()) \
            or _BASE.search(text, max(0, m.start() - 30), m.start()) \
            or _BASE_EN.search(text, max(0, m.start() - 60), m.start()):
        return True  # a plan (2025年工作计划), a meeting (…工作会议), a comparison (比2014年,
        # 同比(2023年), 2014年的3倍, 同比增加159件(2011-2015), up 8.8 percent from 2017, six times
        # that of 1980, lower than during summer last year), a yearbook (China Law Yearbook 2013),
        # a report named by the year it is given (the SPC's 2019 work report)
    if inside_title(text, m.start()):
        return True
    return bool(published) and period.start > published[1]


def _record(text: str, m: re.Match) -> bool:
    """Whether years counted back frame a record, not a period: "the strongest protests in the
    last 20 years", 创近10年来新高."""
    since = re.match(r"(?i)since\s+", m.group(0))  # the most in each category since 1999
    end = m.start() + (since.end() if since else 0)
    return bool(_RECORD_BEFORE.search(text, max(0, end - 100), end)
                or _RECORD_AFTER.match(text, m.end()))


def _this_or_last_year(month: int, end: dt.date) -> int:
    """The year of a month named without one at ``end``: this year's, or last year's while it is
    still to come ("by the end of November" in August 2012 → 2011)."""
    return end.year - (month > end.month)


def _month(name: str | None) -> int | None:
    return None if not name else 1 + [m[:3] for m in _MONTHS].index(name[:3].lower())


def _resolve(kind: str, m: re.Match, published, review: bool) -> Period | None:
    if kind == "day":  # a single day (a dateline) is no period
        return None
    g = [x for x in m.groups()]
    end_of_publication = published[1] if published else None
    year_now = end_of_publication.year if end_of_publication else None
    if kind in _OPEN and not end_of_publication:
        return None  # a span from a start runs to the report's day
    if kind == "dates":  # 2019年1月1日至2020年4月25日, 2017年7月至2024年11月, 2024年至2025年5月,
        try:  # 2008年1月至今年8月, 自去年5月23日至今年4月30日
            y1 = int(g[0]) if g[0] else (year_now or 0) - (g[1] in ("去年", "上年"))
            y2 = int(g[4]) if g[4] else (year_now or 0) \
                if re.search(r"[至到—–\-~]\s*今年", m.group(0)) else y1  # 2019年5月20日至12月31日
            m1, m2 = int(g[2] or 1), int(g[5])
            last = int(g[6]) if g[6] else calendar.monthrange(y2, m2)[1]
            return Period(dt.date(y1, m1, int(g[3] or 1)), dt.date(y2, m2, last))
        except ValueError:
            return None
    if kind == "days":  # 2021年2月1日至15日, 2020年5月下半月
        year = int(g[0]) if g[0] else year_now and year_now - (g[1] in ("去年", "上年"))
        month = int(g[2])
        with suppress(ValueError, TypeError):
            last = calendar.monthrange(year, month)[1]
            first, end = (int(g[3]), int(g[4])) if g[3] else (1, 15) if g[5] == "上" else (16, last)
            return Period(dt.date(year, month, first), dt.date(year, month, end))
        return None
    if kind == "dates_en":  # from Jan. 1, 2013, to Nov. 30, 2022
        with suppress(ValueError):
            y2, m2 = int(g[5]), _month(g[3])
            return Period(dt.date(int(g[2]), _month(g[0]), int(g[1] or 1)),
                          dt.date(y2, m2, int(g[4] or calendar.monthrange(y2, m2)[1])))
        return None
    if kind in ("months", "half", "quarter"):  # 2022年1至6月, 今年上半年, 2024年一季度, 前三季度
        year = int(g[0]) if g[0] else None if year_now is None else \
            year_now - (g[1] in ("去年", "上年"))
        if kind == "months":  # 今年1月至9月15日
            first, last, day = int(g[2]), int(g[3]), int(g[4]) if g[4] else None
        elif kind == "half":
            (first, last), day = _HALVES[g[2]], None
        else:
            n = int(g[3]) if g[3].isdigit() else _CN_DIGITS[g[3]]
            first, last, day = 1 if g[2] else 3 * n - 2, 3 * n, None
        if year and kind != "quarter" and not (g[0] or g[1]):  # 1月至9月, 上半年 with no year
            year = _this_or_last_year(last, end_of_publication)
        return _months(year, first, last, day)
    if kind == "months_en":  # from January to September 2020, from Feb 3 to March 31; in
        year = int(g[4]) if g[4] else \
            end_of_publication and _this_or_last_year(_month(g[2]), end_of_publication)
        months = _months(year, _month(g[0]), _month(g[2]), int(g[3]) if g[3] else None)
        if months and end_of_publication and months.start <= end_of_publication < months.end:
            months = replace(months, end=end_of_publication)  # to late June, said on 29 June
        return months and replace(months, start=months.start.replace(day=int(g[1] or 1)))
    if kind == "month_en":  # In May, … (of the year reported)
        month = _month(g[0])
        return end_of_publication and _months(_this_or_last_year(month, end_of_publication),
                                              month, month)
    if kind == "to_half_en":  # from 2003 to the first half of this year
        half = _months(int(g[2]) if g[2] else year_now, *_HALVES[g[1].lower()])
        return half and Period(dt.date(int(g[0]), 1, 1), half.end)
    if kind == "half_en":  # in the first half of the year
        return _months(int(g[1]) if g[1] else year_now, *_HALVES[g[0].lower()])
    if kind == "quarters_en":  # the first three quarters of 2019, the second quarter of 2024
        n = _EN_NUMBERS[(g[0] or g[1]).lower()]
        return _months(int(g[2]) if g[2] else year_now, 1 if g[1] else 3 * n - 2, 3 * n)
    if kind == "first_months":  # 今年前9个月, the first 10 months of 2016 (in January: last year's)
        n, year = _number(g[2] or g[3]), int(g[0] or g[5] or 0) or year_now
        if n and year and not (g[0] or g[5]):  # 去年, of last year, or months not yet over
            year -= g[1] in ("去年", "上年") or bool(g[4]) \
                or not g[1] and end_of_publication.month <= n
        return _months(year, 1, n) if n else None
    if kind == "same":  # 同期, in the same period: that of the period before it (_mentions)
        return Period(dt.date.min, dt.date.min)
    if kind == "whole_year":  # 全年累计破获电诈案件410起 (at a January review: the year before)
        return _reported(published, review) if published else None
    if kind == "year_end":  # 截至2017年底, as of the end of 2017
        return Period.year(int(g[0] or g[1]))
    if kind == "range":  # 2016年至2020年, between 1984 and 2013
        return Period(dt.date(int(g[0] or g[2]), 1, 1), dt.date(int(g[1] or g[3]), 12, 31))
    if kind == "year_to_month_en":  # From 2010 to September 2015
        months = _months(int(g[2]) if g[2] else year_now, 1, _month(g[1] or g[3]))
        return months and Period(dt.date(int(g[0]), 1, 1), months.end)
    if kind == "range_short":  # From 2010-14
        end = int(g[0]) // 100 * 100 + int(g[1])
        return Period(dt.date(int(g[0]), 1, 1), dt.date(end, 12, 31)) if end > int(g[0]) else None
    if kind == "until_year":
        return Period.year(int(g[0]))
    if kind in ("plan", "plan_since"):  # “十四五”期间: the plan's five years; “十四五”以来
        first = 2006 + 5 * ((_PLANS.get(g[0]) or int(g[1])) - 11)
        last = end_of_publication if kind == "plan_since" else dt.date(first + 4, 12, 31)
        return Period(dt.date(first, 1, 1), last)
    if kind == "since_day_en":  # since … on Jan. 24: from that day of the year reported
        month = _month(g[0])
        return _from_day(_this_or_last_year(month, end_of_publication), month, int(g[1]),
                         end_of_publication)
    if kind == "congress":  # 党的十八大以来: from the month the congress opened
        return Period(_CONGRESSES[g[0] or g[1]], end_of_publication)
    if kind == "symposium":  # 第二次中央新疆工作座谈会以来: from the month it was held
        opened = _SYMPOSIUMS.get((g[1], g[0]))
        return Period(dt.date(*opened), end_of_publication) if opened else None
    if kind == "since_day":  # 自5月23日…以来, 自去年5月23日…以来: from that day
        if g[2] is None:  # 6月25日以来 (no 自)
            g = g[4:]
        year = int(g[0]) if g[0] else year_now - (g[1] == "去年")
        day = {"上": 1, "中": 11, "下": 21}.get(g[3]) or int(g[3])  # 上旬, 中旬, 下旬
        return _from_day(year, int(g[2]), day, end_of_publication)
    if kind == "since":
        if not g or re.match(r"(?i)since\s+last", m.group(0)) \
                or re.search(r"(?i)last\s+year$", m.group(0)):  # 去年以来, since last July
            year, month = year_now - 1, _month(g[0]) if g else 1
        elif g[0] in ("今年", "去年", "上年"):  # 自去年4月…以来
            year, month = year_now - (g[0] != "今年"), int(g[1])
        elif "since" in m.group(0).lower():
            month = _month(g[0])
            year = int(g[-1]) if g[-1] and g[-1].isdigit() \
                else _this_or_last_year(month, end_of_publication)
        elif not g[0] or not g[0].isdigit():  # launched in January, began earlier this month
            month = _month(g[0]) or end_of_publication.month
            year = int(g[1]) if g[1] else _this_or_last_year(month, end_of_publication)
        else:
            year, month = int(g[0]), int(g[1]) if g[1] else 1
        if not 1 <= (month or 1) <= 12:
            return None
        return Period(dt.date(year, month or 1, 1), end_of_publication)
    if year_now is None and kind in ("years_back", "now", "this_year", "last_year"):
        return None
    if kind == "years_back":
        return _counted_back(m, published)
    if kind == "until":
        if g[0] and not g[0].isdigit():  # English: month, day, year
            g = [g[2], str(_month(g[0])), g[1]]
        month = int(g[1])
        if year_now is None and not g[0] or not 1 <= month <= 12:
            return None
        year = int(g[0]) if g[0] else _this_or_last_year(month, end_of_publication)
        day = int(g[2]) if g[2] else calendar.monthrange(year, month)[1]
        return Period(dt.date(year, 1, 1), dt.date(year, month, min(day, 31)))
    if kind == "now":  # in a review, the year before; else this year up to the report's day
        return _reported(published, review) if review else \
            Period(dt.date(year_now, 1, 1), end_of_publication)
    if kind == "this_year":
        if "以来" in m.group(0) or m.group(0).isascii():
            return Period(dt.date(year_now, 1, 1), end_of_publication)
        return Period.year(year_now)
    if kind == "last_year":
        return Period.year(year_now - 1)
    year = next(x for x in g if x and x.isdigit() and len(x) == 4)
    return Period.year(int(year))


def _from_day(year: int, month: int, day: int, end: dt.date) -> Period | None:
    """From that day to ``end``; None for a day the calendar does not have."""
    with suppress(ValueError):
        return Period(dt.date(year, month, day), end)
    return None


def _months(year: int | None, first: int, last: int, day: int | None = None) -> Period | None:
    """Months ``first`` to ``last`` of ``year``, to ``day`` of the last when given."""
    if year is None or not 1 <= first <= last <= 12:
        return None
    with suppress(ValueError):
        return Period(dt.date(year, first, 1),
                      dt.date(year, last, day or calendar.monthrange(year, last)[1]))
    return None


def _reviews(text: str, published: tuple[dt.date, dt.date] | None) -> bool:
    """Whether the text is a review of the year before: of a day in January, when year-end
    figures come out, or in February or March (``_season``) naming that year (by its number,
    去年, last year) or a report or meeting that reviews it. News of that day's events (27 March
    2008: 截至目前，…批准逮捕了30名) is not."""
    if not published or not _season(published):
        return False
    year = published[1].year - 1
    return published[1].month == 1 \
        or bool(re.search(rf"(?<!\d){year}(?!\d)|{_REVIEW_WORDS}", text))


def _season(published: tuple[dt.date, dt.date]) -> bool:
    """Whether the text is of a day from January to March, when work reports and annual
    meetings review the year before."""
    return published[0] == published[1] and published[1].month <= 3


def _reported(published: tuple[dt.date, dt.date], review: bool) -> Period:
    """The year a text with no year of its own reports on: that of its day, or in a review
    (``_reviews``), the year before (截止到目前 at a work conference of 22 January)."""
    return Period.year(published[1].year - review)


def _years_before(m: re.Match, year: int) -> Period | None:
    """The n calendar years before ``year``, n the number ``m`` names (比前五年)."""
    n = _count(m)
    return Period(dt.date(year - n, 1, 1), dt.date(year - 1, 12, 31)) if n else None


def _counted_back(m: re.Match, published: tuple[dt.date, dt.date]) -> Period | None:
    """The n years ``m`` counts back (一年来, 近5年来, past five years): in a text of January to
    March (``_season``), or dated by its year only, the n calendar years before; later in the
    year, from the report's day back to the same day n years before."""
    day, n = published[1], _count(m)
    if not n or published[0] != day or _season(published):
        return _years_before(m, day.year)
    back = day.replace(year=day.year - n, day=min(day.day, 28) if day.month == 2 else day.day)
    return Period(back, day)


def _count(m: re.Match) -> int | None:
    """The number of years ``m`` names: 5, 五, 十一, five."""
    return _number(next(x for x in m.groups() if x))


def _number(word: str) -> int | None:
    """A small number written 5, 五, 十一, five or eleven."""
    if word.isdigit():
        return int(word)
    if word.lower() in _NUMBER_WORDS:
        return _NUMBER_WORDS[word.lower()]
    return chinese_integer(word)


def is_heading(line: str) -> bool:
    """A short line that is not a list item or a sentence: ``2024年主要工作``, ``比如县公安局:``."""
    line = line.strip()
    return 0 < len(line) <= HEADING_MAX and not re.match(r"[-•·*]\s", line) \
        and not re.search(r"[，,。；;]", line)


def line_at(text: str, pos: int) -> str:
    """The line of ``text`` holding ``pos``."""
    start, end = text.rfind("\n", 0, pos) + 1, text.find("\n", pos)
    return text[start:end if end != -1 else len(text)]


def _sentence_boundaries(text: str) -> list[int]:
    """Where sentences start: after 。！？ or ". ", and after lines that end a thought
    (headings, bullets, lines ending in punctuation), but not inside a line wrapped mid-sentence."""
    bounds = [m.end() for m in re.finditer(r"[。！？!?；;]|\.(?=\s)", text)]
    pos = 0
    for line in text.split("\n"):
        end = pos + len(line) + 1
        stripped = line.strip()
        nxt = text[end:end + 40].lstrip()
        if stripped and (len(stripped) <= HEADING_MAX or stripped[-1:] in "。！？：:；;!?"
                or re.match(r"[-•·*]\s|\d+[.、]", stripped) or re.match(r"[-•·*]\s", nxt)):
            bounds.append(end)
        pos = end
    return sorted(set(bounds))
