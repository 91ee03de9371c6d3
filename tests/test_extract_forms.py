"""Each printed form, trap and non-figure of `data extract`, on short real phrases.

Every phrase is quoted from a seed (../shared/seeds) or from a stored page of the research
collection; the comment after it says which. Expected values are read off the phrase by eye.
"""

from __future__ import annotations

import pytest

from judicial_trends.data import codebook, dataset
from judicial_trends.data.extract import extract
from judicial_trends.data.extract.reading import Document

SEED_004 = "seed 004 (court infographic 2024)"
SEED_001 = "seed 001 (西藏法制报 2025-09-12)"
SEED_002 = "seed 002 (Reportify summary 2025-12-17)"
PROC_2024 = "jiuxingjy.com mirror of 中新网 2025-01-20 (Xizang procuratorate report)"
SPC_2015 = "qjsabbmu.com mirror of 中新社 2016-03-13 (SPC report)"
PROC_2010 = "zjol.com.cn 2011-01-14 (Xizang procuratorate report on 2010)"
SHIGATSE = "西藏法制报 2020-05-15 (日喀则 courts)"
AID_2020 = "中国新闻网 2020-07-24 (援藏律师服务团)"
SPC_2023 = "a899.cn mirror of the SPC's 2023 data release"
SPP_2024 = "a mirror of 新华社 2024-12-20 (SPP public-interest litigation)"
SPC_2025 = "data/sources/cn_court_2025_slu582_a899_cn.yaml quote"
LAWYERS = "新华网 2014-10-24 (Xizang lawyers)"
COURT_2018 = "jiangsulong.com repost of 中新网 2019-01-12 (Xizang courts report on 2018)"
JUVENILE_2021 = "人民网 2021-11-26 (Xizang procuratorates, juveniles)"
XPCC_2013 = "111.205.184.227 mirror of 新疆网 2013-01-22 (XPCC political-legal meeting)"
SPC_2017 = "hinews.cn 2017-03-12 (SPC report on 2016)"
AID_2024 = "tibet.cn 2024-05-22 (西藏日报, Xizang procuratorates' judicial aid)"
ECOLOGY_2023 = "tibet.cn 2023-08-30 (Xizang procuratorates, ecology)"
XPCC_2024 = "111.203.215.41 mirror, 2024-08-09 (XPCC justice bureau)"
JUSTICE_2022 = "hamasdt.com mirror of 新华网 2022-01-26 (Xizang justice department)"
COURT_2021 = "xzxw.com 2022-03-14 (快搜西藏, Xizang courts in 2021)"
SPC_DATA_2015 = "tjhsfy.tjcourt.gov.cn 2016-05-06 (SPC research office, courts in 2015)"
ECOLOGY_2022 = "tyjgjz.com mirror, 2022-04-02 (Xizang procuratorates, ecology)"
SPC_2018_EN = "chinajusticeobserver.com 2018-03-21 (SPC report of 2018)"
SPC_2018 = "china.com.cn 2018-03-09 (SPC report of 2018)"
MEDIATION_2021 = "thepaper.cn 2021-04-12 (Xinjiang mediators)"
PROC_2014_FEATURE = "新华网 2015-09-13 (Xizang procuratorates, feature)"
LEGAL_SERVICE_2020 = "xjpeace.cn 2020-04-26 (新疆法制报, Xinjiang public legal service)"
VOLUNTEERS_2019 = "globaltimes.cn 2019-07-11 (volunteer lawyers in Tibet)"
LAWYERS_2018_EN = "en.moj.gov.cn 2019-11-29 (Ministry of Justice, lawyers in 2018)"
APPRAISAL_2014 = "antpedia.com 2015-12-02 (Ministry of Justice, judicial appraisal in 2014)"
SPC_2014_EN = "english.court.gov.cn 2015-07-15 (SPC report of 2014)"
TIBETAN_REVIEW = "tibetanreview.net 2023-01-17 (Xizang procuratorates 2018-2022)"
SPC_2015_NPC = "npc.people.com.cn 2015-03-12 (SPC report on 2014)"
XPCC_2022 = "g.golangjump.com mirror, 2023-01-05 (XPCC justice bureau, legal aid)"
SPC_2023_TALK = "app.bjtitle.com 2023-03-10 (SPC case-management office, live interview)"
AID_2020_INFOHC = "infohc.com 2020-07-25 (援藏律师服务团)"
SPC_2026 = "news.china.com.cn 2026-01-19 (SPC figures for 2025)"
SPC_2024 = "dawenge.com copy of 人民日报 2024-03-16 (SPC report of 2024)"
SPC_2024_EN = "tellerreport.com 2024-03-08 (Xinhua abstract of the SPC report on 2023)"
MOJ_2021_EN = "en.moj.gov.cn 2021-04-12 (Ministry of Justice, the year 2020)"
AID_2012 = "news.skykiwi.com 2012-01-27 (national legal aid 2007-2011)"
SPP_2020_EN = "tellerreport.com 2020 (SPP data for January-March 2020)"
LAWYERS_XJ_2022 = "xj.news.cn 2022-08-01 (Xinjiang lawyers and law firms)"
XPCC_POLICE_2025 = "ex.chinadaily.com.cn 2025-01-10 (XPCC police in 2024)"
SPC_2024_CPP = "cppjump.com repost 2024-10-18 (SPC report on 2023)"
SPP_2019_EN = "chinajusticeobserver.com 2019-12-22 (SPP data for January-September 2019)"
SPC_2010_EN = "english.cctv.com 2010-03-11 (SPC report on 2009)"
POLICE_2022 = "xhyb.net.cn 2023-04-15 (Xizang police, telecom fraud in 2022)"


@pytest.fixture(scope="module")
def book():
    return codebook.load()


def found(book, text: str, published: str = "2025-01-20", **options):
    return extract(Document("phrase.txt", text), "phrase", book, published=published,
                   **options).figures


def clean_without(source_id: str):
    """The clean data less one source's rows: as if its page were new."""
    clean = dataset.load(check=False)
    return clean[clean["source_id"] != source_id]


def periods_of(book, text: str, published: str) -> list[str]:
    return [str(f.period) for f in found(book, text, published=published)]


def assert_periods(book, cases) -> None:
    """Each (text, published, periods) case: its figures take those periods, in text order."""
    for text, published, periods in cases:
        assert periods_of(book, text, published) == periods, text[:30]


def test_printed_forms_read_with_value_unit_and_qualifier(book):
    cases = [  # phrase, where from, printed, value, unit, qualifier
        ("受理案件突破 **10万** 件", SEED_004, "突破10万件", 100_000, "case", "at_least"),
        ("请示报告工作 **1300** 余次", SEED_004, "1300余次", 1300, "count", "at_least"),
        ("赴全国二十多个省市", SEED_004, "二十多个", 20, "count", "at_least"),
        ("执行到位金额 **41.33** 亿元", SEED_004, "41.33亿元", 4.133e9, "yuan", "exact"),
        ("信息 **2.1** 万余条", SEED_004, "2.1万余条", 21_000, "count", "at_least"),
        ("刑事案件办理时间平均缩短50%以上", SEED_001, "50%以上", 50, "percent", "at_least"),
        ("人均结案数超过500件", SPC_2023, "超过500件", 500, "case", "at_least"),
        ("挽回经济损失逾9700万元人民币", AID_2020, "逾9700万元", 9.7e7, "yuan", "at_least"),
        ("受理行政一审案件近30万件", SPC_2025, "近30万件", 300_000, "case", "approx"),
        ("立案辦理公益訴訟案件超110萬件", SPP_2024, "超110萬件", 1.1e6, "case", "at_least"),
        ("每年都有50起以上", LAWYERS, "50起以上", 50, "case", "at_least"),
        ("地方各級(jí)人民法院受理案件1951.1萬(wàn)件", SPC_2015, "1951.1萬(wàn)件",
         19_511_000, "case", "exact"),
        ("with over 1,000 cases reviewed and prosecuted", SEED_002, "over 1,000 cases",
         1000, "case", "at_least"),
        ("recovering over 33 million yuan", SEED_002, "over 33 million yuan", 3.3e7, "yuan",
         "at_least"),
        ("More than 10 collaborative mechanisms", SEED_002, "More than 10", 10, None,
         "at_least"),  # a plain plural with no indicator: the unit is the indicator's
        ("closed cases involving a total amount of RMB 20.2 trillion", SPC_2018_EN,
         "RMB 20.2 trillion", 2.02e13, "yuan", "exact"),
        ("by the end of 2018, there were 423,000 certified lawyers in China", LAWYERS_2018_EN,
         "423,000", 423_000, "person", "exact"),
        ("including 4.98 million lawsuits", LAWYERS_2018_EN, "4.98 million", 4.98e6, "case",
         "exact"),
        ("比去年减少27家,减少率为1.1%", APPRAISAL_2014, "减少率为1.1%", -1.1, "percent", "exact"),
    ]
    for phrase, origin, printed, value, unit, qualifier in cases:
        got = [(f.printed, f.value, f.unit, f.qualifier) for f in found(book, phrase)]
        assert got == [(printed, value, unit, qualifier)], (origin, phrase, got)


def test_people_named_before_or_after_a_count_in_wan(book):
    text = "各级法律援助机构共为246.7万农民工、32.8万残疾人、58.5万老年人、74.2万未成年人提供了法律援助"
    # yybnet.net 2018-11-30 (西安商报 on the Ministry of Justice's legal aid)
    got = [(f.printed, f.value, f.unit) for f in found(book, text, published="2018-11-30")]
    assert got == [("246.7万", 2_467_000, "person"), ("32.8万", 328_000, "person"),
                   ("58.5万", 585_000, "person"), ("74.2万", 742_000, "person")]
    text = "目前,我国有律师83万、仲裁员6.7万、公证员1.5万、司法鉴定人4万、法律援助工作人员1.2万"
    # dingtaide.cn 2025-09-08 (南都 on the State Council Information Office's conference)
    got = [(f.printed, f.unit) for f in found(book, text, published="2025-09-08")]
    assert got == [("83万", "person"), ("6.7万", "person"), ("1.5万", "person"),
                   ("4万", "person"), ("1.2万", "person")]


def test_hard_wrapped_lines_people_on_staff_and_boards_are_counts(book):
    # china-judge.com 2000 (人民法院报 on 1996-2000): a line wrapped between 万 and its unit
    text = "其中审结刑事一审案件244万件,民事经济一审案件2244万\n件,行政一审案件42万件。\n全国法院30万干警团结奋进"
    got = [(f.value, f.unit) for f in found(book, text, published="2000-10-01")]
    assert got == [(2_440_000, "case"), (22_440_000, "case"), (420_000, "case"),
                   (300_000, "person")]
    # victorzhang.cn 2013 (traditional mirror on legal publicity in 2012)
    got = [(f.printed, f.unit) for f in found(book, "展出宣傳展板202.6萬塊", published="2013-01-30")]
    assert got == [("202.6萬塊", "count")]


def test_numerals_around_wan_spaced_thousands_messages_and_the_public_are_counts(book):
    cases = [  # text, published, the figures read (printed, value, unit)
        ("攔截詐騙電話28.1億次、簡訊33.6億則,成功避免1.09億民眾受騙。警方破獲十五萬五千宗相關案件",
         "2022-08-17",  # news.ltn.com.tw (中央社): 則 counts messages, 民眾 after 億 are people;
         [("28.1億次", 2.81e9, "count"), ("33.6億則", 3.36e9, "count"),  # orientaldaily.on.cc
          ("1.09億", 1.09e8, "person"), ("十五萬五千宗", 155_000, "case")]),  # numerals around 萬
        ("鑒定機構共4 338家,比上年減少10.96%;全年共完成各類鑒定業務2 273 453件", "2018-06-01",
         [("4338家", 4338, "count"), ("比上年減少10.96%", -10.96, "percent"),  # m.handmsg.com:
          ("2273453件", 2_273_453, "case")]),  # thousands set apart by spaces
        ("再审率也由2011年的0.51%下降为0.2%。全国已累计有1865.18万被执行人迫于失信惩戒压力主动履行义务",
         "2026-01-27",  # 111.205.184.227:8081 (2013): 下降为 is a level (fell to); dhradio.net:
         [("0.51%", 0.51, "percent"), ("0.2%", 0.2, "percent"),  # 被执行人 after 万 are people
          ("1865.18万", 18_651_800, "person")]),
        ("Police cracked 29,000 criminal cases, a 4.8-percent decline in criminal cases",
         "2024-01-09", [("29,000", 29_000, "case"),  # shine.cn: a hyphenated percent
                        ("4.8-percent decline", -4.8, "percent")]),
        ("截至目前共收缴雷管一万八千多枚,管制刀具五百七十九把", "2007-07-12",  # news.sohu.com: 枚 and 把
         [("一万八千多枚", 18_000, "count"), ("五百七十九把", 579, "count")]),  # count pieces
        ("The figure rose 83.8 percent from the same period last year, the SPP said.",
         "2021-07-26", [("rose 83.8 percent", 83.8, "percent")]),  # urdupoint.com: not a label
    ]
    for text, published, figures in cases:
        got = [(f.printed, f.value, f.unit) for f in found(book, text, published=published)]
        assert got == figures, text[:20]


def test_english_officials_and_fugitives_are_persons(book):
    # china.org.cn 2008-03-10 (SPP report on 2003-2007)
    for text, printed in [("Prosecutors investigated more than 209,000 officials in nearly "
                           "180,000 cases", "more than 209,000"),
                          ("The prosecution offices nabbed a total of 4,547 fugitives of "
                           "functionary crimes", "4,547")]:
        got = [(f.printed, f.unit) for f in found(book, text, published="2008-03-10")]
        assert got[0] == (printed, "person"), (text, got)


def test_full_width_digits_read_and_quoted_as_printed(book):
    # SEED_004's "执结案件 **33234** 件" with its digits set full width, as mirror sites print
    # them (no stored page of the collection has full-width digits)
    figure, = found(book, "执结案件 **３３２３４** 件")
    assert figure.value == 33234 and figure.unit == "case"
    assert "３３２３４" in figure.quote and figure.printed == "３３２３４件"


def test_pinyin_insertions_and_traditional_characters(book):
    text = "2015年,中國(guó)最高人民法院受理案件15985件,審結(jié)14135件"  # SPC_2015
    first, second = found(book, text, published="2016-03-13")
    assert (first.value, first.indicator, first.region) == (15985, "court.spc.accepted", "CN")
    assert second.value == 14135 and second.quote == "審結(jié)14135件"
    assert str(first.period) == str(second.period) == "2015"


def test_compound_counts_give_a_case_and_a_person_figure(book):
    cases, persons = found(book, "批准逮捕1684人,提起公诉1099件1707人。",  # PROC_2010
                           published="2011-01-12")[1:]
    assert (cases.printed, cases.unit) == ("1099件", "case")
    assert (persons.printed, persons.unit) == ("1707人", "person")
    assert cases.quote == persons.quote == "提起公诉1099件1707人"


def test_stated_changes_sit_beside_the_figure_they_describe(book):
    text = "批準逮捕1245人,同比上升11.86%;起訴3313人,同比上升16.5%。"  # PROC_2024
    arrests, change, _, _ = found(book, text)
    assert arrests.indicator == "procuratorate.arrest.approved_persons"
    assert (change.printed, change.value, change.change_of) == ("同比上升11.86%", 11.86, 1)
    assert change.indicator == "procuratorate.arrest.approved_persons.yoy_pct"


def test_absolute_change_beside_its_base_is_a_change_not_a_level(book):
    text = "院庭长共承办案件3576件,占案件受理总数的45.74%,承办数量同比增加1576件"  # SHIGATSE
    base, share, change = found(book, text, published="2020-05-15")
    assert (change.printed, change.value, change.unit) == ("同比增加1576件", 1576, "case")
    assert change.change_of == 1 and base.change_of is None and share.value == 45.74
    assert change.indicator is None  # no codebook indicator holds absolute changes


def test_changes_listed_with_respectively_map_to_their_figures(book):
    text = ("2015年,中國(guó)最高人民法院受理案件15985件,審結(jié)14135件,"
            "比2014年分別上升42.6%和43%。")  # SPC_2015
    accepted, concluded, up1, up2 = found(book, text, published="2016-03-13")
    assert (up1.value, up1.change_of, up1.indicator) == (42.6, 1, "court.spc.accepted.yoy_pct")
    assert (up2.printed, up2.value, up2.change_of) == ("上升43%", 43, 2)
    assert str(up1.period) == "2015"  # 比2014年 is a comparison, not the period
    text = ("initiated public prosecutions against 1.053 million people from January to September "
            "this year, down 12.9 percent and 11.7 percent year-on-year respectively")
    # globaltimes.cn 2025-10: the direction of a listed English change before "year-on-year"
    assert [f.value for f in found(book, text, published="2025-10-24")][1:] == [-12.9, -11.7]


def test_years_dates_ordinals_phones_and_names_are_not_figures(book):
    non_figures = [
        ("广告垂询:6323770", SEED_001),
        ("总第 1413 期", SEED_001),
        ("2025年9月12日", SEED_001),
        ("聚焦“四件大事”、聚力“四个创建”", SEED_004),
        ("西藏自治區第十二屆人民代表大會(huì )第三次會(huì )議", PROC_2024),
        ("中新網(wǎng)拉薩1月20日電", PROC_2024),
        ("Zhong Guo Xin Wen Wang·2025-12-17 23:57", SEED_002),
        ("Since the joint guidelines were issued in July 2024 [1]", SEED_002),
        ("制发《企业法律风险防控指南》", SEED_004),
        ("最高人民法院發布了《指導意見》(法發〔2015〕8號)", "m.zgkjsz.com 2020-02-26 (a paper)"),
    ]
    for phrase, origin in non_figures:
        assert found(book, phrase) == [], (origin, phrase)


@pytest.mark.parametrize("text, published, period", [
    ("2021年以来,自治区公共法律服务中心共受理、审查、指派各类法律援助案件2000余件",  # SEED_001
     "2025-09-12", "2021-01-01..2025-09-12"),
    ("据悉,2019年1月1日至2020年4月25日,日喀则市两级法院院庭长共承办案件3576件",  # SHIGATSE
     "2020-05-15", "2019-01-01..2020-04-25"),
    ("截至6月底,全区检察机关共梳理公益诉讼案件线索117件",  # 西藏检察 2018-07-27 page
     "2018-07-27", "2018-01-01..2018-06-30"),
    ("檢察機關去年立案辦理公益訴訟19萬件",  # bg3.co repost of 中新网, 2024-03-08
     "2024-03-08", "2023"),
    ("2023年上半年,全国法院新收各类案件1696万件",  # 法治日报 2023-08-08
     "2023-08-08", "2023-01-01..2023-06-30"),
    ("2020年,全区法院案件量继2019年突破4万件后,再次突破5万关口",  # 中国西藏新闻网 2021-01-28
     "2021-01-28", None),
    ("2021年为16.9万件,2022年1至6月为10.1万件",  # 郑州大学 page, 2022-09-02 (SPP data)
     "2022-09-02", "2022-01-01..2022-06-30"),
    ("11月24日,全区检察机关召开新闻发布会。据了解,2020年1月以来,全区检察机关依法从严打击侵害"
     "未成年人犯罪,截至目前,共受理审查逮捕涉未成年人犯罪案件151件226人;"
     "未成年人犯罪不起诉47人",  # JUVENILE_2021: to the day of the press conference
     "2021-11-26", "2020-01-01..2021-11-24"),
    ("22日,2022年西藏自治區司法行政工作會議在拉薩召開。\n"
     "據會上公布的最新數據顯示,截止到目前,西藏已建成82個三級公共法律服務實體平臺。\n"
     "2021年,西藏自治區司法廳專門召開全區司法所助推基層治理現場會,"
     "有效調解矛盾糾紛4800多起。",  # JUSTICE_2022: the meeting's year is not the period
     "2022-01-26", "2021"),
    ("“兩年來,救助件数、人数和发放救助金额同比增长96.9%、77.3%和104%。",  # AID_2024
     "2024-05-22", "2023"),
    ("2022年03月14日 12:17    来源:快搜西藏\n\n近日,记者从自治区高级人民法院获悉,2021年,"
     "全区法院在坚定不移做服务上猛下功夫。\n\n同时,结合落实法治政府建设实施纲要,"
     "审结案件249件",  # COURT_2021: the dateline's day is not the period
     "2022-03-14", "2021"),
    ("2015年全国法院审判执行情况\n(二)新收一审案件数量首次突破千万件,同比增幅接近2014年的3倍。"
     "其中,民商事一审案件10097804件",  # SPC_DATA_2015: 2014年的3倍 is a comparison
     "2016-05-06", "2015"),
    ("記者了解到,2018年以來,自治區人民檢察院堅決貫徹落實黨中央的決策和部署。"
     "截至2022年2月,共立案1954件",  # ECOLOGY_2022: 截至 closes the span begun 2018年以来
     "2022-04-02", "2018-01-01..2022-02-28"),
    ("Looking into Chinese courts through SPC's Report in 2018\n\nThe SPC heard about 82,383 "
     "cases and closed about 79,692 ones, up 60.6 percent and 58.8 percent over the previous "
     "five-year period respectively.",  # SPC_2018_EN: a total of the five years reported on
     "2018-03-21", "2013-01-01..2017-12-31"),
    ("在新疆,一支6万余人的人民调解员队伍穿梭于大街小巷。\n\n记者近日从新疆维吾尔自治区司法厅"
     "了解到,近3年来,新疆人民调解水平不断提高",  # MEDIATION_2021: a stock, 近3年来 comes after
     "2021-04-12", "2021"),
    ("2000年8月,根据中央和自治区统一批复,西藏自治区法律援助中心正式成立。\n\n"
     "“通过推进科技赋能警务,使我们工作更加便利、效率得到提升、工作质量更加扎实,"
     "群众满意度达到98.97%。”",  # SEED_001: 2000年8月 is an event's month, not the topic
     "2025-09-12", "2025"),
    ("周强表示,过去五年,各级法院依法惩治刑事犯罪,审结一审刑事案件548.9万件,判处罪犯607万人",  # SPC_2018
     "2018-03-09", "2013-01-01..2017-12-31"),
    ("西藏去年以来受理审查起诉相关案件205件",  # JUVENILE_2021 headline: 去年以来 runs to publication
     "2021-11-26", "2020-01-01..2021-11-26"),
    ("新疆平安网讯 4月23日,记者从新疆维吾尔自治区司法厅获悉,新疆公共法律服务实体平台全面完成,"
     "全区96个县(市、区)有公共法律服务中心,1087个乡镇(街道)有公共法律服务站,"
     "11577个村(居)设立公共法律服务工作室,基本实现全覆盖。\n\n"
     "去年以来,我区推进公共法律服务体系建设工作创新发展",
     "2020-04-26", "2020"),  # LEGAL_SERVICE_2020: a span named after the figure does not govern it
    ("新华社北京7月25日电(记者 白阳)记者25日从司法部获悉,2020年度“援藏律师服务团”活动日前在"
     "西藏拉萨举行启动仪式。\n据悉,一年来,68名援藏律师先后深入西藏7个市(地)42个县(区)进行法律"
     "服务工作。一年来共办理法律援助案件1540件",  # 新华社 2020-07-25: 一年来 back from the dateline
     "2020-07-25", "2019-07-25..2020-07-25"),
    ("記者日前從兵團司法局獲悉,近5年來,兵團各級法律援助機構共辦理援助案件19124件",  # 兵团 2015-07-01
     "2015-07-01", "2010-07-01..2015-07-01"),
    ("中新网 乌鲁木齐1月5日电 (记者 戚亚平)近年来,新疆生产建设兵团(以下称新疆兵团)法律服务质效"
     "全面提升,…;2018年6月以来受理法律援助案件13359件\n"
     "1月4日,新疆兵团新闻办召开新闻发布会,向社会公布新疆兵团司法行政工作情况",  # 中新网 2023-01-05:
     "2023-01-05", "2018-06-01..2023-01-04"),  # to the press conference's day, not the dateline's
    ("據(jù)統(tǒng)計,截至2021年8月,為守護這塊凈土,西藏檢察機關(guān)共摸排公益訴訟案件線索4183件,"
     "立案2714件。\n“自2017年7月以來,西藏檢察機關(guān)辦理的公益訴訟案件中…",  # handmsg.com repost,
     # 2021-12-16: 截至 closes the span the text opens
     "2021-12-16", "2017-07-01..2021-08-31"),
    ("中新网 乌鲁木齐8月9日电 (史玉江 蒋易)8日下午,记者从新疆生产建设兵团(以下称新疆兵团)新闻办"
     "“庆祝兵团成立70周年系列新闻发布会”上获悉,新疆兵团多元化解矛盾纠纷机制日益健全。\n"
     "2020年以来,开展矛盾纠纷排查10.51万场次,调解纠纷14.51万件",  # 中新网 2024-08-09: the
     "2024-08-09", "2020-01-01..2024-08-08"),  # press conference's day, printed without its month
    ("中新网 拉萨5月27日电 (记者 江飞波)西藏自治区公安厅副厅长、新闻发言人谢祥萍在27日举行的新闻发布会上"
     "称,…去年以来,西藏公安机关共破获电信网络诈骗案件1018起",  # cppjump.com repost, dated
     "2024-11-24", "2023-01-01..2024-05-27"),  # 2024-11-24: 27日 is in the dateline's month
    ("BEIJING, July 22 (Xinhua) -- …\nSince last July, 68 volunteer lawyers from 22 "
     "provincial-level regions have handled 1,540 legal-aid cases",  # en.tibet3.com 2020-07-22
     "2020-07-22", "2019-07-01..2020-07-22"),
    ("记者从自治区人民检察院了解到,2018年以来,全疆检察机关共发现公益诉讼案件线索1343件,立案1081件,"
     "发出诉前检察建议和公告数756件,而在2017年,这三项数据分别为196件",  # zhongguo.center 2018
     "2018-09-25", "2017"),
    ("2016年至2020年,拉萨全市法院受理各类行政案件275件,同比增加159件(2011-2015),增长137.06%。"
     "其中一审行政案件174件",  # shanxidayuan.com repost of 中新网: (2011-2015) is the base
     "2022-04-28", "2016-01-01..2020-12-31"),
    ("新华社客户端乌鲁木齐7月27日电(张瑜)记者日前从新疆维吾尔自治区律师协会获悉,截至2022年6月30日,"
     "全区律师人数达7114名",  # xj.news.cn 2022-08-01: a stock, dated by its day's year
     "2022-08-01", "2022"),
    ("最高人民检察院今天(27日)发布今年1至3月全国检察机关主要办案数据。记者了解到,在刑事检察方面,"
     "今年1至3月,全国检察机关共批准和决定逮捕各类犯罪嫌疑人12.5万人",  # hxcsw.com, 2023-04-27
     "2023-04-27", "2023-01-01..2023-03-31"),
    ("中新网 4月22日电 据最高人民法院网站消息,最高人民法院公布2024年一季度司法审判工作主要数据,"
     "具体如下:\n\n司法审判工作总体情况。全国法院受理各类案件1100.3万件",  # 中新网 mirror, 2024
     "2024-04-22", "2024-01-01..2024-03-31"),
    ("本报乌鲁木齐3月31日电记者在新疆司法厅近日召开的纪念公证制度恢复30周年暨公证法颁布实施3周年"
     "座谈会上获悉,新疆近3年共办理各类公证65万多件",  # sohu.com repost, 2009-04-01: 近3年
     "2009-04-01", "2006-01-01..2008-12-31"),
    ("2022年全国人民调解组织调解各类矛盾纠纷1494万件\n\n"
     "记者在会议上了解到,各地各级司法行政机关深入落实《关于加强人民调解员队伍建设的意见》,"
     "调解员队伍结构进一步优化,现有人民调解员317.6万人",  # xjpeace.cn 2023-10-09: a stock now
     "2023-10-09", "2023"),
    ("22日,2022年西藏自治區司法行政工作會議在拉薩召開。\n"
     "據會上公布的最新數據顯示,截止到目前,西藏已建成82個三級公共法律服務實體平臺。",  # JUSTICE_2022:
     "2022-01-26", "2021"),  # a January review reports the year before
    ("Since its launch in 2018, 12348.gov.cn, China's official public legal service portal, has "
     "been visited 1.4 billion times",  # en.moj.gov.cn 2022-01-07
     "2022-01-07", "2018-01-01..2022-01-07"),
    ("China News Service, October 19. According to the website of the Supreme People’s "
     "Procuratorate, from January to September 2020, procuratorial organs across the country "
     "approved and decided to arrest 551,002 suspects",  # tellerreport.com 2020-10-19
     "2020-10-19", "2020-01-01..2020-09-30"),
    ("新疆维吾尔自治区人民检察院党组成员、副检察长再努热·热木扎在发布会上称,今年1月至9月15日,"
     "新疆检察机关共发现公益诉讼案件线索1343件",  # workercn.cn repost of 中新网 2018-09-20
     "2018-09-20", "2018-01-01..2018-09-15"),
    ("2024年以来,兵团公安机关深化平安兵团建设,…有效打击了各类违法犯罪。"
     "兵团各级刑侦部门把电信网络诈骗犯罪作为打击治理重点,全年累计破获电诈案件410起",  # 中国日报网
     "2025-01-10", "2024"),  # 2025-01-10: 全年 at a January review is the year before
    ("BEIJING, Nov. 29 (Xinhua) -- Legal aid institutions across China have handled about 6.34 "
     "million cases during the past five years",  # chinadaily.com.cn 2018-11-30: the dateline's
     "2018-11-30", "2013-11-29..2018-11-29"),  # day, counted back
    ("Since its launch in 2018, 12348.gov.cn has been visited 1.4 billion times.\n\n"
     "At present, China has more than 540,000 lawyers",  # en.moj.gov.cn 2022-01-07: a stock at a
     # January review
     "2022-01-07", "2021"),
    ("On 30th Oct. 2019, the SPP released the data of all Chinese procuratorates in the first "
     "three quarters of 2019.\n\n"
     "I have excerpted some of the data from the SPP’s report, which cover the cases occurred "
     "during the first three quarters in 2019, as follows:\n\n1. Number of arrests\n\nThe total "
     "number of suspects arrested as approved and decided by the Procuratorate was 843,954",
     "2019-12-22", "2019-01-01..2019-09-30"),  # chinajusticeobserver.com 2019-12-22: a
    # paragraph ending on a colon governs what follows
    ("China News Service, July 20, according to the highest prosecution website, July 20, the "
     "Supreme Procuratorate released the main case data of the national procuratorate from "
     "January to June 2020.\n\nFrom January to June 2020, procuratorial organs across the country "
     "approved and decided to arrest 280,333 suspects of various types, a year-on-year (compared "
     "to the same period last year) decrease of 47.1%; 74,196 people were not arrested",
     "2020-07-20", "2020-01-01..2020-06-30"),  # tellerreport.com 2020-07-20: a comparison
    ("Special> NPC & CPPCC Sessions 2009> Latest\nUPDATED: March 10, 2009\nHighlights of Work "
     "Report on China's Supreme People's Court\n\n-- The Supreme People's Court dealt with "
     "10,553 cases of various types and concluded 7,725 cases",  # bjreview.com.cn 2009-03-10: the
     "2009-03-10", "2008"),  # session's year is not the period a March review reports
    ("These organizations handled more than 7.67 million disputes last year, with a 97.2-percent "
     "resolution rate.\nChina has more than 4.9 million mediators working in more than 800,000 "
     "mediation committees",  # China Daily 2010-08-29 mirror: a stock in the present
     "2010-08-29", "2010"),
    ("Since the 18th National Congress of the Communist Party of China, legal aid agencies have "
     "helped over 13.76 million people",  # en.moj.gov.cn 2022-01-07: from the congress's month
     "2022-01-07", "2012-11-01..2022-01-07"),
    ("Procuratorial organs nationwide approved the arrests of 645,000 people accused of committing "
     "various criminal offenses from January to November last year",  # China Daily, 2024-01-16
     "2024-01-16", "2023-01-01..2023-11-30"),
    ("BEIJING, Sept. 8 (Xinhua) -- China's public legal services sector has provided more than 170 "
     "million legal consultations during the 14th Five-Year Plan period (2021-2025), …\n"
     "The minister also reported that China currently has 830,000 lawyers",  # en.people.cn 2025:
     "2025-09-08", "2025"),  # a stock now
    ("SHENZHEN -- Legal aid services across China handled 645,000 cases in the first half of the "
     "year",  # chinadaily.com.cn 2018-07-29
     "2018-07-29", "2018-01-01..2018-06-30"),
    ("数据显示,今年前9个月全国法院新收案件数继续呈现大幅上升态势,474家法院新收案件数同比上升超过50%,"
     "43家中级法院、264家基层法院新收案件数超过1万件",  # news.cctv.com 2016-10-22 (新华社)
     "2016-10-22", "2016-01-01..2016-09-30"),
    ("During the first three months, prosecutorial authorities nationwide accepted over 31,000 "
     "public interest litigation cases",  # en.people.cn 2024-04-26 (Xinhua)
     "2024-04-26", "2024-01-01..2024-03-31"),
    ("全疆刑事案件同比(2023年)下降11.8%,治安案件同比下降7%",  # shzxl.org.cn 2024-09-28 (新疆日报):
     "2024-09-28", "2024"),  # the year in brackets is the base of the change
    ("Graphic: Highlights from the Supreme People's Court's 2019 work report\n\nThe Supreme "
     "People's Court (SPC) of China issued their 2019 work report on Tuesday, at the ongoing "
     "second session of the 13th National People's Congress (NPC).\n\nIn 2018, the SPC "
     "accepted 34,794 cases and concluded 31,883 cases, up 22.1 percent and 23.5 percent "
     "year-on-year respectively.\n\nCourts at the local level handled 28 million cases and "
     "concluded more than 25 million cases, up by 8.8 percent and 10.6 percent respectively "
     "from 2017",  # news.cgtn.com, updated 2019-08-13: a report named by its year and a base
     "2019-08-13", "2018"),  # year are not periods
    ("我國社區(qū)矯正從2003年開始試點(diǎn),2009年在全國全面試行。10多年來,全國累計(jì)接收"
     "社區(qū)矯正對(duì)象431萬人,累計(jì)解除矯正361萬人,目前在冊(cè)社區(qū)矯正對(duì)象70萬人",
     "2019-06-25", "2019"),  # yunwozh.com mirror of 新华社 2019-06-25: a stock now
])
def test_period_of_the_governing_year_expression(book, text, published, period):
    figures = found(book, text, published=published)
    if period is None:  # 继2019年突破4万件 → 2019; 再次突破5万 → the sentence's 2020
        assert [str(f.period) for f in figures] == ["2019", "2020"]
    else:
        assert str(figures[-1].period) == period


def test_spans_named_in_rounds_22_to_24(book):
    cases = [  # text, published, the periods of its figures
        ("据新华社北京6日电 目前,我国社会治安状况持续稳定。\n2006年以来,我国公安机关有力推进社会治安综合治理"
         "各项措施的落实。据公安部副部长刘金国介绍,1月至9月,全国公安机关共立刑事案件334.6万起",  # sohu
         "2006-11-07", ["2006-01-01..2006-09-30"]),  # months without a year: the year reported
        ("From Feb 3 to March 31, courts nationwide accepted 706,000 online case-filing "
         "applications",  # english.court.gov.cn 2020-04-22
         "2020-04-22", ["2020-02-03..2020-03-31"]),
        ("Chinese authorities have handled more than 770,000 cases through means of "
         "administrative review in the past decade, government statistics showed Monday.",
         "2009-10-13", ["1999-10-12..2009-10-12"]),  # 91dzs.com mirror of Xinhua 2009-10-13
        ("法制网北京7月16日讯 记者孙春英 全国监狱坚持把改造罪犯作为监狱工作的中心任务。\n记者从今天召开的全国"
         "监狱工作会议上了解到,10年来,全国监狱累计完成159万余名罪犯扫盲和义务教育任务",  # amitalaw.cn
         "2015-07-18", ["2005-07-16..2015-07-16"]),  # the dateline's 讯 gives the report's day
        ("China's Supreme People's Court on Monday held a forum on launching a judicial "
         "assistance program.\n\"Courts in Xinjiang shoulder heavier burdens. From 2003, the "
         "region's courts have received around 150 such cases a year,\" said Rozi Ismail.\n"
         "The region has 154 courts. From 2003 to the first half of this year, they heard "
         "1.09 million cases.",  # chinadaily.com.cn 2007-08-14 (Xinhua)
         "2007-08-14", ["2003-01-01..2007-08-13", "2007", "2003-01-01..2007-06-30"]),
        ("截至2022年7月,全国人民陪审员共计33.2万余人。\n这份报告显示,2018年4月人民陪审员法正式颁布以来,"
         "截至2022年9月底,全国人民陪审员共参审刑事案件215万余件",  # sn.people.com.cn 2022-10-12
         "2022-10-12", ["2022", "2018-04-01..2022-09-30"]),  # a stock; a span closed by its own 截至
        ("党的十八大以来,全国法院受理的一审涉外民商事案件从2013年的1.48万件,增长到2021年的2.73万件。新类型案件"
         "不断涌现,涉及当事人已覆盖全球100多个国家和地区。",  # m.djxww.com 2022-10-28
         "2022-10-28", ["2013", "2021", "2012-11-01..2022-10-28"]),  # a level's own year
        ("报告显示,2013年至2022年6月,各级法院审结各类涉外案件。\n最高法上线国际商事法庭中英文双语网站,"
         "总访问量已突破378万人次,覆盖全球149个国家和地区。",  # m.djxww.com: a stock reached
         "2022-10-28", ["2022", "2022"]),
        ("第二次中央新疆工作座谈会以来,新疆法院及19省市兄弟法院坚决贯彻党中央关于援疆工作的决策部署。"
         "先后选派184名政治过硬、业务精湛的干警",  # xjfy.xjcourt.gov.cn 2021-07
         "2021-07", ["2014-05-01..2021-07-31"]),  # from the month the symposium was held
        ("Working with more than 1,000 tipoffs of corruption, the procurators in Xinjiang Uygur "
         "autonomous region dealt with nearly three-quarters of the total from January through "
         "May of 2013. Some 813 people were investigated.",  # chinadaily.com.cn, 2014-09-01
         "2014-09-01", ["2013-01-01..2013-05-31", "2013-01-01..2013-05-31"]),
        ("By July 31, courts across the country made public more than 49.46 million judgement "
         "documents on China Judgements Online",  # globaltimes.cn 2018-08-06
         "2018-08-06", ["2018-01-01..2018-07-31"]),
        ("Procuratorates at all levels this year will also step up their crackdown on graft, "
         "bribery and malpractice …\n\n"
         "The people's procuratorates at all levels investigated more than 36,000 corruption "
         "cases last year, involving more than 40,000 people. …\n\nOf these employees, a total "
         "of 2,670 were officials at county level and higher",  # china.org.cn 2002-03: a
         "2002-03", ["2001", "2001", "2001"]),  # paragraph that goes on with the one before
        ("9月19日,澎湃新闻(www.thepaper.cn)从全国检察机关国家司法救助工作助力脱贫攻坚战推进会上获悉,过去五年,"
         "检察机关共对5.1万名陷入生活困境的刑事案件被害人或其近亲属提供了司法救助",  # thepaper.cn
         "2018-09-20", ["2013-09-19..2018-09-19"]),  # the day the outlet learnt it
        ("今年公安部部署全国公安机关开展“团圆”行动,截至目前,已找回历年失踪被拐儿童4142起,其中时间跨度最长的"
         "61年,破获拐卖儿童积案206起,抓获拐卖犯罪嫌疑人543名。",  # hanakago.nara.com (中新社 2021-09-17)
         "2021-09-17", ["2021-01-01..2021-09-17"] * 3),  # 截至目前 governs the rest of its sentence
        ("施汉生介绍,2019年5月20日至12月31日,“农民工欠薪求助绿色通道\"累计访问19992人次",  # shdbkk.com
         "2020-01-02", ["2019-05-20..2019-12-31"]),  # (中国网 2020-01-02): a range's end in its year
        ("A total of 30,538 Chinese officials were investigated for work-related crimes in the "
         "first half of 2017, according to a seminar for chief procurators on Wednesday.\n\nThe "
         "number came from 29 provinces, …, marking a 19.6-percent year-on-year increase from "
         "last year.\n\nOf the total, 1,505 of the investigated were on county level",
         "2017-07-13", ["2017-01-01..2017-06-30"] * 4),  # chinaplus.cri.cn (Xinhua 2017-07-13)
        ("Eighty-eight counties in China still do not have volunteers to provide professional "
         "legal aid services, according to the minister of justice on Thursday.\n…\nIn the past "
         "five years, the centers have handled 3.78 million cases.",  # chinadaily.com.cn
         "2013-09-27", ["2008-09-26..2013-09-26"]),  # 2013-09-27: the day "according to" names
        ("王胜俊说,去年最高法大力开展集中清理执行积案活动。经过深入细致排查,各级法院共清理出2007年以前积累的执行案件"
         "347.9万件。",  # dizaynex.com (the SPC's report of 2010-03-11): 2007年以前 dates the cases
         "2010-03-11", ["2009"]),  # not the count
        ("截至2003年6月底,全國已建法律援助機構2642個,縣區級地方已成立2139個",  # 6065bob.com mirror,
         "2003-07", ["2003", "2003"]),  # 2003-07: stocks after 截至
        ("據了解,今年1月最高檢部署開展查辦和預防發(fā)生在群眾身邊、損害群眾利益職務犯罪專項工作以來,…。上半年,全國"
         "檢察機關查辦新農村建設、惠農資金管理、征地拆遷和保障性住房等9個重點領域環(huán)節(jié)貪污賄賂案件8540件",
         "2013-07-24", ["2013-01-01..2013-06-30"] * 2),  # ynhybx.com mirror: 上半年 without a year
    ]
    assert_periods(book, cases)


def test_spans_named_in_rounds_25_to_28(book):
    cases = [  # text, published, the periods of its figures
        ("中新网北京7月29日电 公安部于4月20日在全国范围部署开展打击食药环和知识产权犯罪“昆仑2021”专项行动,截至6月底,"
         "共侦破食药环和知识产权犯罪案件2.3万起。\n在依法严厉打击危害药品安全犯罪方面,吕武钦表示,截至6月底,全国公安"
         "机关共侦破生产、销售不符合标准的医用器材犯罪案件300余起",  # m.fyrmtzx.cn: a campaign
         "2021-07-29", ["2021-04-20..2021-06-30"] * 2),  # launched that day, each 截至 closes it
        ("新华社北京5月10日电 公安部10日在京召开新闻发布会。2018年以来至今年第一季度,全国公安机关共立涉众型经济"
         "犯罪案件近1.9万起",  # news.china.com 2019-05-11: a span closed by the quarter after 至
         "2019-05-11", ["2018-01-01..2019-03-31"]),
        ("Data show that from July 2017 to the end of June 2022, more than 670,000 public "
         "interest litigation cases were filed",  # tellerreport.com 2022-06-30
         "2022-06-30", ["2017-07-01..2022-06-30"]),
        ("SPP Reports First Quarter 2023 Results\n\nIn addition to the above, the following "
         "data are worth noting:\n\n  • In cases involving intellectual property infringement, "
         "more than 2,800 people were prosecuted.",  # chinajusticeobserver.com 2023-06-26
         "2023-06-26", ["2023-01-01..2023-03-31"]),  # a quarter named without "of"
        ("In a major crackdown, the police have solved fraud cases, an official at the Ministry "
         "of Public Security said on Friday.\nThe special campaign launched by the ministry in "
         "February led to the capture of 4,385 suspects",  # chinadaily.com.cn 2024-10-26
         "2024-10-26", ["2024-02-01..2024-10-25"]),
        ("Procurator-general Zhang Jun delivered the report on public interest litigations "
         "Wednesday at the ongoing bimonthly session of the Standing Committee of the National "
         "People's Congress, which started Monday.\nA total of 1,097 public interest litigation "
         "cases have been filed by procuratorates in nine provincial regions along the Yellow "
         "River since December 2018",  # en.npc.gov.cn (Xinhua), 2019-10-24: the report's day
         "2019-10-24", ["2018-12-01..2019-10-23"]),
        ("BEIJING, July 5 (Xinhua) -- Since China enacted its community correction law three "
         "years ago, the country's judicial administrative agencies have provided employment or "
         "education guidance for 580,000 community correction subjects",  # en.people.cn
         "2023-07-06", ["2020-07-05..2023-07-05"]),  # "since … three years ago": counted back
        ("每經(jīng)AI快訊,截至目前,我國律師隊(duì)伍人數(shù)已達(dá)67.7萬多人。 截至目前,1.2萬多名律師擔(dān)任"
         "各級黨代會代表、人大代表和政協(xié)委員。",  # imagmundi.com mirror, 2023-07-03: people
         "2023-07-03", ["2023", "2023"]),  # serving as deputies are a stock
        ("中国长安网8月3日电 “今年1-7月,全国法院审结破产类案件1923件。”\n\n尤其是2016年,全国新受理的破产案件数量"
         "比2015年上升53.8%。\n\n  这些新受理案件中,以上三省受理的案件总数占全国破产案件总数的48%。",
         "2017-08-03", ["2017-01-01..2017-07-31", "2016", "2016"]),  # 这些…中 goes on with the
        # paragraph before (111.205.184.227:8081)
        ("中國網(wǎng)3月12日訊 今天上午,第十二屆全國人民代表大會第五次會議將在人民大會堂舉行第三次全體會議,聽取最高人民檢察院"
         "檢察長曹建明關(guān)于最高人民檢察院工作的報告。\n曹建明表示,檢察機關(guān)深入開展專項立案監(jiān)督,建議食品藥品監(jiān)管部門"
         "移送涉嫌犯罪案件1591件",  # jxqcjlb.com mirror of 中国网: 工作的报告 makes it a review
         "2017-03-12", ["2016"]),
        ("从2008年至2011年,查办涉嫌犯罪的县处级以上国家工作人员分别为2687人、2670人、2723人、2524人。累计5年超过"
         "13000人",  # lywxww.com (第一财经日报), 2013-01-11: 累计5年 counted back in January
         "2013-01-11", ["2008", "2009", "2010", "2011", "2008-01-01..2012-12-31"]),
        ("9月8日,国新办举行高质量完成“十四五”规划系列主题新闻发布会。司法部部长贺荣在发布会上介绍,“十四五”以来,我国"
         "培养了一大批高素质的复合型和实践型法治人才,60多万人取得法律职业资格",  # dingtaide.cn (封面新闻)
         "2025-09-08", ["2021-01-01..2025-09-08"]),  # “十四五”以来: from the plan's first year
        ("BEIJING, March 11 (Xinhua) -- Police have solved 6,880 drug-related crimes since an "
         "anti-drug campaign was launched by the Ministry of Public Security (MPS) on Jan. 24.\n\n"
         "According to the MPS, as of the end of February, the police have received about 1,104 "
         "such tips.",  # en.people.cn 2013-03-12: a span from a day, closed by the end of a month
         "2013-03-12", ["2013-01-24..2013-02-28"] * 2),
        ("今年首八月 309公安殉職\n\n針對電訊詐騙方面,警方破獲十五萬五千宗相關案件",  # orientaldaily.on.cc
         "2020-09-24", ["2020-01-01..2020-08-31"]),  # 首八月: the first eight months; a count in
        ("中國公安部去年4月以來組織多項打擊詐騙專案行動,截至7月,從境外勸返涉詐人員23萬名。",  # numerals
         "2022-08-17", ["2021-04-01..2022-07-31"]),  # news.ltn.com.tw: 去年4月以来 without 自
        ("過去五年的主要工作\n2013至2017年,最高人民法院受理案件82383件;地方各級人民法院受理案件8896.7萬件,"
         "同比分別上升58.6%",  # huikunshang.com mirror of the SPC report of 2018: 同比 over five
         "2018-03-26", ["2013-01-01..2017-12-31"] * 3),  # whole years is on the five before
        ("公安部统计显示,截至今年6月底,全国共登记吸毒人员143.7万余人,全国巩固3年以上未复吸的吸毒人员达6.7万人。",
         "2010-10-13", ["2010", "2010"]),  # jiaozhi.org (新华网): stocks after 截至
        ("记者2月1日从最高人民检察院职务犯罪预防厅获悉,自2012年2月,检察机关行贿犯罪档案查询系统全国联网以来,高检院行贿犯罪档案"
         "查询管理中心共受理20家单位40次查询",  # 111.205.184.227:8081 (检察日报, 2013-02-02)
         "2013-02-02", ["2012-02-01..2013-02-01"] * 2),  # 自2012年2月, … 以来
        ("2017年度全國司法鑒定情況統計分析\n\n中國司法鑒定 2018年3期\n\n截至2017年底,全國經司法行政機關登記管理的"
         "鑒定機構共4 338家;全年共完成各類鑒定業務2 273 453件,比上年增長6.66%。\n\n1.1 機構數量\n\n“其他類”"
         "機構減少24.37%。",  # m.handmsg.com mirror, 2018-06-01: 全年 after 截至2017年底, a
         "2018-06-01", ["2017"] * 4),  # journal's issue year, thousands spaced
        ("From 2010 to September 2015, courts at all levels heard 2.04 million administration-"
         "related cases. Of those, 59,000 nationwide were decided in favor of the petitioners.\n"
         "From 2010-14, courts at all levels heard 1.66 million administration-related cases",
         "2015-11-16", ["2010-01-01..2015-09-30"] * 2 + ["2010-01-01..2014-12-31"]),
        # subsites.chinadaily.com.cn (2015): from a year to a month, "Of those", 2010-14
        ("A total of 42,931 civil cases involving intellectual property rights were accepted in "
         "2010, which was 40 percent more than in 2009",  # keyanhelp.cn (2011): a base after
         "2011-04-20", ["2010", "2010"]),  # "more than in"
        # round 28
        ("From January to late June, the number of crimes in Northwest China's Xinjiang Uygur "
         "autonomous region dropped by about 20 percent compared to the same period last year, "
         "the regional police department has announced.\nThe number of robbery cases dropped by "
         "60.96 percent, according to a statement issued by the regional public security "
         "department on Tuesday.\nIn Urumqi, which was struck by a riot on July 5 last year, the "
         "number of serious criminal cases tumbled by 58.9 percent.\nDuring the same period, "
         "police in Xinjiang handled about 40,000 minor public security cases",  # keyanhelp.cn
         "2010-07-01", ["2010-01-01..2010-06-29"] * 4),  # (China Daily): to late June, said on
        # Tuesday 29 June; a day "last year" is no period
        ("光明日报北京8月26日电 …中国裁判文书网上线四年多来,累计公开裁判文书超过3247万篇",  # epaper.gmw.cn
         "2017-08-27", ["2013-08-26..2017-08-26"]),  # 四年多来: counted back from the day
        ("公安部成立“长江大保护”领导小组,从2020年开始开展为期三年的打击长江流域非法捕捞犯罪等专项行动,共侦办各类涉渔"
         "刑事案件2万余起",  # zjwx.net, 2023-10-24: 从2020年开始 is a span from a start
         "2023-10-24", ["2020-01-01..2023-10-24"]),
        ("2018年1月至2023年5月,全国检察机关共批捕毒品犯罪37.3万人,占全部刑事案件的8%,同比下降40%",  # awingyg.com
         "2023-06-27", ["2018-01-01..2023-05-31"] * 3),  # 同比 over five years and more
        ("地方各级法院2012年知识产权民事一审案件上诉率为39.53%,较2011年的47.02%下降7.49个百分点",
         "2013-04-23", ["2012", "2011"]),  # 111.205.184.227:8081: the level of the year compared
        ("According to this report in China Daily, the number of licensed lawyers in China has "
         "reached 200,000, a massive increase from just a few hundred in 1979 when the legal "
         "profession was re-established.\n\nFigures released at the 9th China Lawyer Forum "
         "reveal that there are over 17,000 registered law firms in China, and that between "
         "2006-2010 there were 10 million litigation matters, 5 million non-litigation matters",
         "2011-11-07", ["2011", "2011"] + ["2006-01-01..2010-12-31"] * 2),  # biglaw.org: 1979
        # dates the few hundred; the stock "there are" does not reach past 2006-2010
        ("China's Supreme People's Court announced Wednesday, January 3, that in the first 11 "
         "months of last year,local courts handled almost all delayed cases, including 119,500 "
         "cases awaiting judgment.\n\nIn the same period, the courts handled a total of 4.91 "
         "million cases",  # en.people.cn 2001: "that in" is no comparison; of last year
         "2001-01-03", ["2000-01-01..2000-11-30"] * 2),
        ("Chinese police freed 10,621 women and 5,896 children who had been abducted for human "
         "trafficking as of September 6,since the Ministry of Public Security launched a "
         "crackdown on trafficking the crime in April last year.",  # chinadigitaltimes.net
         "2010-09", ["2009-04-01..2010-09-06"] * 2),  # (Xinhua): in April last year
        ("中新社乌鲁木齐七月十二日电 新疆公安厅新闻发言人称,从二00七年五月开始,公安干警在新疆范围内开展专项治爆缉枪活动。\n"
         "截至目前共收缴雷管一万八千多枚,管制刀具五百七十九把",  # news.sohu.com: a year in Chinese
         "2007-07-12", ["2007-05-01..2007-07-12"] * 2),  # digits; 截至目前 in the next paragraph
        ("司法部9日消息,2004年以来,我国办理的法律援助案件平均每年以30%的幅度递增,2008年办理案件近55万件,提供法律"
         "咨询超过430万人次。",  # 73bbs.com (新华网 2009-06-09): the year opening the last clause
         "2009-06-09", ["2004-01-01..2009-06-09", "2008", "2008"]),  # before the figure governs
        ("数据显示,近3年来,未成年人违法犯罪数量总体呈上升趋势,2021年至2023年,人民法院共审结未成年人犯罪案件73178件,"
         "判处未成年人罪犯98426人",  # m.supercarled.com mirror of 人民日报, 2024-04-18
         "2024-04-18", ["2021-01-01..2023-12-31"] * 2),
        ("地方各级法院2012年知识产权民事一审案件上诉率为39.53%,再审率也由2011年的0.51%下降为0.2%。",
         "2013-04-23", ["2012", "2011", "2012"]),  # 111.205.184.227:8081: fell to, from 2011
        ("今年以來(lái),全區(qū)各級(jí)禁毒部門(mén)以禁毒嚴(yán)打整治為主線(xiàn)。\n截止目前,全區(qū)共破獲(huò)毒品"
         "案件705起,抓獲(huò)犯罪嫌疑人871名",  # syej.cn mirror (2010): 截止目前 is no stock's 目前
         "2010-06-25", ["2010-01-01..2010-06-25"] * 2),
    ]
    assert_periods(book, cases)


def test_periods_two_analysts_agree_on(book):
    """Readings of round-27 pages that a second analyst, dating them independently by the same
    rules (tests/fixtures/texts/second_reading/), gave just as the first did."""
    cases = [  # text, published, the periods of its figures
        ("本网讯:经公安部党委批准,2019年1月开始,公安部网络安全保卫局指挥全国网安部门开展了为期一年的“净网2019”专项行动。\n\n"
         "据介绍,打掉关键源头100多个,清缴外泄公民个人信息4.68亿余条",  # sxfzsd.cn, 2020-04-11: the
         "2020-04-11", ["2019", "2019"]),  # start of a year-long campaign is the first named
        ("In May, the first month the revised Administrative Procedure Law came into effect, "
         "courts nationwide received 26,000 administrative cases, a 221 percent surge year on "
         "year, said Zhou.",  # en.chinagate.cn (Xinhua), 2015-11-02: In May, of the year
         "2015-11-02", ["2015-05-01..2015-05-31"] * 2),
        ("Foreign-related notarial cases went up from 140,000 in 1980 to over 3 million this "
         "year.",  # chinatoday.com.cn, 2011-12-30: "this year" right after the figure
         "2011-12-30", ["1980", "2011"]),
        ("Chinese courts convicted and punished 5.24 million criminals from 2008 to 2012, up 25.5 "
         "percent over the period from 2003 to 2007.\n\nAmong them, 1.86 million were convicted "
         "of felony charges",  # m.91dzs.com (Xinhua, 2013): the period compared with is no
         "2013-03-10", ["2008-01-01..2012-12-31"] * 3),  # period
        ("记者2月1日从最高人民检察院职务犯罪预防厅获悉,自2012年2月,检察机关行贿犯罪档案查询系统全国联网以来,高检院行贿犯罪档案"
         "查询管理中心共受理20家单位40次查询,经查询发现3家单位、2名个人有行贿犯罪记录。",  # 检察日报: 发现 is no 现
         "2013-02-02", ["2012-02-01..2013-02-01"] * 4),
    ]
    assert_periods(book, cases)


def test_report_days_and_spans_of_round_29(book):
    cases = [  # text, published, the periods of its figures
        ("仇保利27日在京表示,2021年刑事案件立案数比2015年下降29.9%。\n仇保利说,自6月25日全国公安机关开展"
         "夏季治安打击整治“百日行动”以来,截至目前,共破获刑事案件64万余起",  # szb.wxrb.com, 2022-09-28:
         "2022-09-28", ["2021", "2022-06-25..2022-09-27"]),  # the day he said it
        ("截至目前,北京援藏律师服务团志愿律师共开展普法宣传活动3500余场,办理法律援助案件4200余件。这是记者昨天"
         "从市扶贫支援办了解到的。",  # workerbj.cn, 2020-03-17: 昨天 is the report's day
         "2020-03-17", ["2020-01-01..2020-03-16"] * 2),
        ("法制网北京7月16日讯 记者孙春英 全国监狱坚持把改造罪犯作为监狱工作的中心任务。\n记者从今天召开的全国监狱"
         "工作会议上了解到,10年来,全国监狱累计完成159万余名罪犯扫盲和义务教育任务",  # dali.amitalaw.cn,
         "2015-07-18", ["2005-07-16..2015-07-16"]),  # 2015-07-18: 今天 is the dateline's day
        ("2023年2月中旬起,乌鲁木齐市中级人民法院在两级法院开展为期4个月的“维护社会稳定 助力首府发展”执行“1+4”"
         "专项行动。\n专项行动开展以来,两级法院共办结四类案件524件",  # wlmqzy.xjcourt.gov.cn, 2023-05:
         "2023-05", ["2023-02-11..2023-05-31"]),  # from the 11th, the first day of 中旬
        ("2014年中国司法鉴定情况统计分析\n2015.12.02\n1.2依托设立的主体\n依托卫生部门设立的鉴定机构1606家",
         "2015-12-02", ["2014"]),  # antpedia.com: a date line (2015.12.02) is not a year
        ("是人民檢察院的職責所在、使命所在!鄙蛐《〗榻B,2021年1月至2022年12月,全區檢察機關共辦理涉農民工工資支持"
         "起訴案件483件,其中支持農民工起訴106件。近年來,自治區檢察院先后制定了《集中攻堅“雙拖欠”工作方案》等。",
         "2023-01-29", ["2021-01-01..2022-12-31"] * 2),  # womanhochzwei.com: the mojibake 《 of
        ("In 2020, the latest year for which information is available, trials of ESS by Chinese "
         "courts appear to have surged. They accepted 417 “other” trials, up from 257 and 317 in "
         "2018 and 2019, respectively.",  # duihuahrjournal.org, 2022-01: a year for each figure
         "2022-01-10", ["2020", "2018", "2019"]),
        ("China arrested 1,105 people for “endangering state security” (ESS) crimes in 2012, up 19 "
         "percent from 2011, according to official statistics released in China Law Yearbook 2013. "
         "The number of people indicted rose 8 percent to 1,049.",  # duihuahrjournal.org:
         "2013-11-26", ["2012", "2012", "2012", "2012"]),  # a yearbook's year names no period
    ]  # 鄙蛐《〗榻B (说,沈小丁介绍) opens no title, so the figures after it count and are dated
    assert_periods(book, cases)


def test_a_campaign_since_runs_from_the_start_the_text_names(book):
    # orientaldaily.on.cc 2019-07-25: the start, in Chinese numerals, named after the figures;
    # the report's day is the Wednesday he spoke (周三指出), 24 July
    text = ("公安部刑事偵查局局長劉忠義周三指出,行動拘獲涉案人五萬七千一百多名,破獲一批積案。\n"
            "劉忠義稱,行動開展以來,全國公安機關運用科技手段緝捕在逃人員,成效顯著。至今落網人數,較去年同期增加32%。\n"
            "據指,全國公安機關是於六月十三日至十月三十一日開展是項打擊行動。")
    assert periods_of(book, text, "2019-07-25")[1:] == ["2019-06-13..2019-07-24"]
    # chinanews.com 2019-01-29: 专项斗争以来, whose start the next paragraph names
    text = ("本报北京1月28日电(记者卢越)公安部今天在京召开新闻发布会,通报全国公安机关开展扫黑除恶专项斗争有关情况。"
            "据介绍,全国开展扫黑除恶专项斗争以来,公安机关共打掉涉黑组织1292个、恶势力犯罪集团5593个\n"
            "自2018年1月开始,全国开展为期3年的扫黑除恶专项斗争。")
    assert periods_of(book, text, "2019-01-29") == ["2018-01-01..2019-01-28"] * 2


def test_campaign_spans_and_english_comparisons_of_round_30(book):
    cases = [  # text, published, the periods of its figures
        ("公安部其後部署全國公安機關6月25日至9月底,展開為期百日的夏季治安打擊整治行動(下稱「百日行動」)。當局上周五"
         "通報行動的工作進展及成效情況,表示截至7月底合共破獲近27萬宗刑事案,拘捕逾46萬名疑犯。",
         "2022-08-07", ["2022-06-25..2022-07-31"] * 2),  # orientaldaily.on.cc: a campaign planned
        # from 25 June to the end of September, closed by 截至7月底
        ("Police authorities nationwide uncovered 14,000 drug–related cases, arrested 16,600 "
         "suspects, and seized 6.92 tons of drugs, between Jan 24 and March 15, the National "
         "Narcotics Control Commission said in a statement on Thursday.\nOn Jan 24, the "
         "commission launched a two-month national anti-drugs campaign.\nBy March 15, the "
         "national crackdown had resulted in 9,068 cases involving drug selling, with 10,040 "
         "arrests made.",  # usa.chinadaily.com.cn 2013-03-21: "between … and …" of two days,
         "2013-03-21", ["2013-01-24..2013-03-15"] * 4),  # and a campaign launched "On Jan 24,"
        ("BEIJING, Oct. 24 (Xinhua) -- the number of calls to the police nationwide reporting "
         "suspected criminal cases was significantly lower this summer than during summer last "
         "year, according to China's Ministry of Public Security on Tuesday.\nThe ministry "
         "launched several rounds of special campaigns against all kinds of crimes and minor "
         "offenses nationwide between June 25 and Sept. 30, with the result that reported crimes "
         "during the period were 13.8 percent lower than in the same period of 2022, said Qiu "
         "Baoli.\nMore than 566,000 criminal cases and over 2 million cases of minor offenses "
         "were solved during the period.\nAs a result, since August, the number of relevant "
         "cases and related property losses dropped by 24 percent and 20.5 percent, respectively, "
         "on a year-on-year basis",  # en.people.cn 2023-10-25: comparisons "than during … last
         "2023-10-25",  # year" and "than in the same period of 2022"; "since August"
         ["2023-06-25..2023-09-30"] * 3 + ["2023-08-01..2023-10-24"] * 2),
        ("Procuratorial organs nationwide approved the arrests of 645,000 people accused of "
         "committing various criminal offenses from January to November last year.\nMore than "
         "1.5 million people were prosecuted during the period.",  # chinaservicesinfo.com 2024:
         "2024-01-08", ["2023-01-01..2023-11-30"] * 2),  # the period, not the year naming it
        ("2025年全国法院一审审结毒品案件23732件,延续了自2015年以来的下降趋势,较2015年高峰时期(13.9万件)下降82.93%,"
         "较2024年(3.6万件)下降33.82%,",  # us.usy7.cc mirror of 中新社, 2026-02-02: the bases in
         "2026-02-02", ["2025", "2015", "2025", "2024", "2025"]),  # brackets are their years'
    ]
    assert_periods(book, cases)


def test_spans_both_analysts_read_alike_in_rounds_29_and_30(book):
    cases = [  # text, published, the periods of its figures
        ("5月25日从最高人民法院第五次全国人民法庭工作会议上了解到,五年来(2021-2025年),人民法庭数量由10759个增至"
         "11035个",  # www.163.com 2026-05-26: the years in brackets are the span counted back
         "2026-05-26", ["2021", "2025"]),
        ("In 2020, the latest year for which information is available, trials of ESS by Chinese "
         "courts appear to have surged. The courts also concluded 382 “other” trials in 2020, an "
         "increase from 218 and 283 over the previous two years.",  # duihuahrjournal.org 2021
         "2021-06-01", ["2020", "2018", "2019"]),
        ("The police authority also worked with other relevant departments on the anti-fraud "
         "efforts, sending over 1 billion early-warning text messages, instructions and reminders "
         "this year, Wang said.",  # en.people.cn 2023-10-25: "this year" so far
         "2023-10-25", ["2023-01-01..2023-10-25"]),
        ("China has also seen rising numbers of foreign-related public notary cases over the "
         "years, up from 140,000 in 1980 to over 3 million this year.",  # chinatoday.com.cn
         "2011-12-30", ["1980", "2011"]),  # 2011: a level reached "this year" is that year's
    ]
    assert_periods(book, cases)


def test_half_months_compound_lists_and_whole_years_of_round_31(book):
    cases = [  # text, published, the periods of its figures
        ("2021年2月1日至15日,全区公安机关共立电信网络诈骗案件39起,同比上升62.5%,环比下降37.1%。",
         "2021-03-02", ["2021-02-01..2021-02-15"] * 3),  # gat.xizang.gov.cn: days of one month
        ("【全民反诈】2021年9月上半月全区电信网络诈骗警情通报\n\n拉萨58起,同比下降21.62%、环比上升3.57%。",
         "2021-09-27", ["2021-09-01..2021-09-15"] * 3),  # new.qq.com: the first half of a month
        ("6月25日,新疆维吾尔自治区检察院召开新闻发布会,尼相·依不拉音宣布自治区检察机关第十四个“举报宣传周”正式启动,"
         "时间为6月25日-29日。\n发布会通报了2011年1月至2012年5月自治区检察机关立案侦查贪污贿赂案件的情况。\n"
         "自治区检察院举报中心主任张健说,上述腐败案件的查办线索有约75%来自群众举报。",  # news.cntv.cn 2012:
         "2012-06-26", ["2011-01-01..2012-05-31"]),  # an event's days are not the text's period
        ("2021至2023年,全国检察机关受理审查逮捕侵犯知识产权犯罪案件分别为6924件13485人、4098件7889人、7049件12729人,"
         "2023年同比分别上升72%、61.4%;受理审查起诉分别为9611件22011人、8489件20192人、12122件30684人,",
         "2024-04-25",  # legal.gmw.cn: compound counts listed after 分别, one year each
         ["2021", "2021", "2022", "2022", "2023", "2023", "2023", "2023"]
         + ["2021", "2021", "2022", "2022", "2023", "2023"]),
        ("2022年全国法院一审审结非法持有毒品案件853件、容留他人吸毒案件6301件,较2015年高峰时的10875件和35867件"
         "分别下降了92.16%和82.43%。",  # gzhaos.com 2023: the levels of the base year, listed
         "2023-06-26", ["2022", "2022", "2015", "2015", "2022", "2022"]),
        ("本报北京4月1日电  (记者张璁)日前发布的司法部2023年法治政府建设年度报告显示,2023年,各级行政复议机构"
         "始终以维护群众合法权益为落脚点,全国新收行政复议案件31.5万件。\n\n在加大依法行政监督力度方面,"
         "各级行政复议机构全年作出撤销、变更、确认违法和责令履行决定等纠错决定2.73万件,纠错率达12.83%。",
         "2024-04-02", ["2023"] * 3),  # qdgzzg.com: 全年 of the year the text last named
        ("2024年1月至11月,全區新收行政復議案件708件。與2023年全年新收、受理的行政復議案件相比,分別多出435件、317件",
         "2024-12-27",  # xz.people.com.cn: 2023年全年 is the comparison's, not a 全年 of its own
         ["2024-01-01..2024-11-30"] * 3),
        ("By Nov. 15 this year, Chinese courts had accepted a total of 30.52 million cases, about "
         "78 percent of which had been concluded",  # en.people.cn 2021-11-24
         "2021-11-24", ["2021-01-01..2021-11-15"] * 2),
    ]
    assert_periods(book, cases)


def test_stocks_spans_and_chinese_percentages_of_round_32(book):
    cases = [  # text, published, the periods of its figures
        ("截至9月3日,乌鲁木齐市一些医院共接诊自称被扎伤的群众531人,其中发现有针眼和痕迹的106人。",
         "2009-09-05",  # zzwb.zynews.cn: 发现有 is no stock's 现有
         ["2009-01-01..2009-09-03"] * 2),
        ("大陸國家禁毒辦日前發佈《2018中國毒品形勢報告》,去年中國大陸現有吸毒人數佔全國人口總數的0.18%,首次出現下降,"
         "但合成毒品濫用仍呈現蔓延趨勢,而且濫用毒品種類和結構發生新變化,此外,冰毒成為濫用「頭號毒品」,"
         "落網的台港澳籍毒販達350名。",  # ettoday.net 2019-06-19: a stock of 去年
         "2019-06-19", ["2018", "2018"]),
        ("Authorities have handled 50,000 cases, finding more than 20,000 people guilty of "
         "telecom fraud since June last year. During the same period, more than 4,000 telecom "
         "fraud rings have been cracked.",  # africa.chinadaily.com.cn 2016-08-26
         "2016-08-26", ["2015-06-01..2016-08-26"] * 3),
        ("判处不满三年有期徒刑及以下刑罚案件,从2000年占53.9%升至2020年的77.4%。 全面贯彻宽严相济刑事政策,"
         "重罪须从严追诉,轻罪则依法宽缓。对依法可不批捕和犯罪情节轻微、不需要判处刑罚的,不批捕8.8万人,"
         "不起诉20.2万人",  # lianghui.huanqiu.com, the SPP report of 8 March 2021: 2000 dates the
         "2021-03-08", ["2000", "2020", "2020", "2020"]),  # level, not the figures after it
        ("近期,乌鲁木齐市接连发生不法分子用针状物扎伤无辜群众的案件。公安机关立即行动,采取措施,目前已抓获25名作案人员,"
         "其中已刑事拘留7人,逮捕4人",  # zzwb.zynews.cn 2009-09-05: 目前已抓获, so far this year
         "2009-09-05", ["2009-01-01..2009-09-05"] * 3),
        ("According to statistics from the ministry, China has about 515,000 village-level "
         "people's mediation committees and about 40,000 township-level judicial offices "
         "nationwide.\nBy the end of 2020, China had more than 14,000 grassroots legal service "
         "institutions, including 8,700 in townships.",  # govt.chinadaily.com.cn 2021-06-11:
         "2021-06-11", ["2021", "2021", "2020", "2020"]),  # a year-end said after a stock is not
        # its date
        ("“十四五”期间,我国涉外海事审判工作服务经济社会发展取得良好成效。五年来,人民法院审理涉外海事案件1.2万件,"
         "涉及146个国家和地区。\n全国海事法院一审调撤结案率59%\n2025年,全国海事法院一审调撤案件数1.4万件,"
         "调撤结案率59%",  # us.usy7.cc 2026: a heading's figure is dated below it, not above
         "2026-02-28", ["2021-01-01..2025-12-31"] * 2 + ["2025"] * 3),
    ]
    assert_periods(book, cases)
    text = "海关、民航、边防等警种共破获“金新月”毒品走私贩运案件二十五起,占破获毒品案件总数的百分之一点六"
    share = found(book, text, published="2009-01-20")[1]  # chinanews.com.cn 2009-01-20
    assert (share.printed, share.value, share.unit) == ("百分之一点六", 1.6, "percent")


def test_english_spans_to_this_june_and_levels_from_one_figure_to_another_of_round_33(book):
    cases = [  # text, published, the periods of its figures
        ("From 2013 to this June, Chinese prosecutors indicted 14.9 million suspects, Tong said.",
         "2022-07-19", ["2013-01-01..2022-06-30"]),  # en.people.cn 2022-07-19
        ("Over 1.5 mln people prosecuted for criminal offenses in first 11 months of 2023\n\n"
         "Procuratorial organs in China approved 645,000 arrests and the prosecutions of 1.502 "
         "million people for various criminal offenses from Janu",  # ukranews.com 2024-01: the
         "2024-01-15", ["2023-01-01..2023-11-30"] * 3),  # headline's months, "the" left out
        ("The SPC also instructed courts at all levels to improve the people's juror system. The "
         "number of people's jurors increased from 57,000 to 85,000 over the last five years",
         "2013-03-05", ["2008", "2012"]),  # en.people.cn 2013: a level from one year to another
        ("截至今年6月底,全国司法行政戒毒场所累计收治强制隔离戒毒人员近60万人,目前在册近20万人;"
         "累计收治戒毒康复人员6.7万余人,现在册5000多人。",  # fww.org.cn 2014-08-12: 现在册 is a stock
         "2014-08-12", ["2014-01-01..2014-06-30", "2014", "2014-01-01..2014-06-30", "2014"]),
    ]
    assert_periods(book, cases)


def test_a_page_that_prints_no_year_is_dated_by_its_dateline_and_the_years_it_names(book):
    text = ("民主与法制网讯(记者薛应军)2月21日,最高人民检察院召开新闻发布会介绍5年来检察机关开展民事检察监督工作的情况。"
            "过去五年,全国检察机关共受理民事生效裁判、调解书监督案件36万余件,经审查,提出抗诉2万多件,"
            "提出再审检察建议4万余件。2022年,抗诉改变率和再审检察建议采纳率均超过90%,较2018年分别增加15.3个百分点")
    draft = extract(Document("phrase.txt", text), "phrase", book)  # bjyz1.com: no year printed
    assert (draft.meta["published"], "published" in draft.guessed) == ("2023-02-21", True)
    assert [str(f.period) for f in draft.figures[:3]] == ["2018-01-01..2022-12-31"] * 3


def test_a_change_on_the_previous_period_is_not_year_on_year(book):
    text = "2021年2月1日至15日,全区公安机关共立电信网络诈骗案件39起,同比上升62.5%,环比下降37.1%。"
    # gat.xizang.gov.cn 2021-03-02: 环比, on the half-month before
    changes = [f.indicator for f in found(book, text, published="2021-03-02")][1:]
    assert changes == ["public_security.telecom_fraud.cases_reported.yoy_pct",
                       "public_security.telecom_fraud.cases_reported"
                       ".change_vs_previous_period_pct"]


def test_a_span_after_the_figure_in_its_clause_governs_it(book):
    text = ("Volunteers have offered legal aid to disadvantaged groups in more than 8,300 cases "
            "over the past five years, provided consultancy to 150,000 people")  # VOLUNTEERS_2019
    figures = found(book, text, published="2019-07-11")
    assert [f.period.start.year for f in figures] == [2014, 2014]


def test_an_approximate_count_of_years_runs_from_the_start_named_before_it(book):
    text = ("我國社區(qū)矯正從2003年開始試點(diǎn),2009年在全國全面試行。10多年來,全國累計(jì)接收"
            "社區(qū)矯正對(duì)象431萬人")  # yunwozh.com mirror of 新华社 2019-06-25
    assert periods_of(book, text, "2019-06-25") == ["2003-01-01..2019-06-25"]


def test_plan_years_do_not_govern_figures(book):
    text = "2024年主要工作\n\n2025年工作计划\n\n办理司法救助案件 **490** 件"  # SEED_004 headings
    figure, = found(book, text)
    assert str(figure.period) == "2024"


def test_regions_from_names_and_null_for_places_not_in_regions_yaml(book):
    assert found(book, "全区法院填报“三个规定”信息 **46141** 条")[0].region == "XZ"  # SEED_004
    assert found(book, "山南法院“1+N”解纷模式,化解纠纷 **392** 件")[0].region is None  # SEED_004
    text = "今年上半年全市检察机关共回复答复群众信访180件"  # 西藏法制报 2024-07-26, 拉萨检察机关
    assert found(book, "拉萨检察机关\n\n" + text, published="2024-07-26")[0].region == "XZ-LS"


def test_options_override_period_and_region(book):
    figure, = found(book, "审结刑事案件 **2912** 件", region="XZ-LS", period="2023")  # SEED_004
    assert (figure.region, str(figure.period)) == ("XZ-LS", "2023")


def test_indicator_named_in_two_pieces(book):
    articles, posts = found(book, "发布稿件 **1100** 余篇,信息 **2.1** 万余条")  # SEED_004
    assert (articles.indicator, posts.indicator) == ("court.publicity.articles",
                                                     "court.publicity.posts")  # 发布 … 信息
    text = "2018年 , 审结涉环境资源刑事案件77件、民商事案件7件、行政案件4件 ,"  # COURT_2018
    assert [f.indicator for f in found(book, text)] == [
        "court.environment.criminal.concluded", "court.environment.civil.concluded",
        "court.environment.administrative.concluded"]
    text = "未成年人犯罪不批准逮捕87人、不捕率为38.5%,"  # JUVENILE_2021: 不 negates 批准逮捕
    assert [f.indicator for f in found(book, text)] == [
        "procuratorate.juvenile.not_arrested_persons", "procuratorate.juvenile.non_arrest_rate_pct"]
    text = ("2024年西藏依法懲治民眾反應強烈的電信網(wǎng)絡(luò )詐騙犯罪,持續深化“斷卡”行動(dòng),"
            "起訴217件360人。")  # PROC_2024: the topic first, the verb by the figure
    assert [f.indicator for f in found(book, text)] == [
        "procuratorate.telecom_fraud.prosecuted_cases",
        "procuratorate.telecom_fraud.prosecuted_persons"]


def test_indicator_of_long_and_short_names_alike(book):
    text = "地方各级法院受理案件2303万件,审结、执结1977.2万件,"  # SPC_2017
    assert [f.indicator for f in found(book, text, published="2017-03-12")] == [
        "court.cases.accepted_local", "court.cases.concluded_local"]
    lawyers, = found(book, "截至目前,新疆兵团共有律师1476人", published="2024-08-09")  # XPCC_2024
    assert lawyers.indicator == "justice.lawyers.stock"  # two characters right before it


def test_of_which_takes_the_words_of_the_sentence_before(book):
    text = ("新收刑事、民事、行政(含行政赔偿)一审案件11444950件,上升20.6%。其中,刑事一审案件"
            "1126748件,占一审案件总数的9.84%;民商事一审案件10097804件,占88.23%;")  # SPC_DATA_2015
    figures = found(book, text, published="2016-05-06")
    civil = next(f for f in figures if f.value == 10097804)
    assert civil.indicator == "court.civil_commercial.first_instance.received"  # 新收 … 民商事一审


def test_name_around_or_after_the_figure(book):
    rooms, = found(book, "设立146个调解室,", published="2022-03-14")  # COURT_2021
    assert rooms.indicator == "court.mediation.rooms"
    text = "1087个乡镇(街道)有公共法律服务站,11577个村(居)设立公共法律服务工作室,"
    assert [f.indicator for f in found(book, text, published="2020-04-26")] == [
        "justice.public_legal_service.township_stations",
        "justice.public_legal_service.village_rooms"]  # LEGAL_SERVICE_2020


def test_a_verb_repeating_a_name_of_the_clause_takes_that_name(book):
    text = ("最高人民法院审判管理办公室主任廖向阳在直播中公布了一组全国法院受理案件数量的数据,"
            "2018年受理2803.5万件、2019年受理3160.5万件")  # SPC_2023_TALK: all courts, not the SPC
    assert [f.indicator for f in found(book, text, published="2023-03-10")] == [
        "court.cases.accepted_all"] * 2
    text = "而全国法院审结、执结案件的数量来看,2018年审结、执结2520万件,"  # SPC_2023_TALK
    concluded, = found(book, text, published="2023-03-10")
    assert concluded.indicator == "court.cases.concluded_all"


def test_listed_changes_take_their_listed_subjects(book):
    text = "“两年来,救助件数、人数和发放救助金额同比增长96.9%、77.3%和104%。"  # AID_2024
    cases, persons, amount = found(book, text, published="2024-05-22")
    assert amount.indicator == "procuratorate.judicial_aid.amount.yoy_pct"
    assert cases.indicator is persons.indicator is None  # 件数, 人数: not names; never 金额's


def test_bare_verb_after_a_kind_of_cases_is_not_the_general_measure(book):
    text = ("2021年以来,西藏检察机关累计受理审查逮捕破坏生态环境和资源案件53件114人,"
            "依法批准逮捕32件73人;")  # ECOLOGY_2023: arrests for environment crimes
    assert [f.indicator for f in found(book, text, published="2023-08-30")][2:] == [None, None]
    text = ("仅2014年,批准逮捕侵害群众切身利益的各类刑事犯罪1009件1427人,"
            "提起公诉1111件1607人。")  # PROC_2014_FEATURE: prosecutions of that kind
    assert [f.indicator for f in found(book, text, published="2015-09-13")][2:] == [None, None]
    text = "2025年1至11月,全国检察机关对拐卖妇女儿童犯罪依法提起公诉320余件670余人"  # us.usy7.cc (中新社,
    # 2026-03-02): prosecutions of that crime (its own ids, or none), not all prosecutions
    suggested = {f.indicator for f in found(book, text, published="2026-03-02")}
    assert not suggested & {"procuratorate.prosecution.cases", "procuratorate.prosecution.persons"}
    text = "受理審查逮捕涉嫌拒不支付勞動報酬犯罪7件7人,審查起訴17件17人,"
    # womanhochzwei.com 2023 (Xizang procuratorate): 审查起诉 of wage-refusal crimes
    assert [f.indicator for f in found(book, text, published="2023-01-29")][2:] == [None, None]


def test_indicator_null_with_candidates_when_not_confident(book):
    accepted, concluded = found(book, "2012年,兵团审判机关共受理案件32131件,结案30821件,")
    assert accepted.indicator == "court.cases.accepted"  # XPCC_2013
    assert concluded.indicator is None and "court.cases.concluded" in concluded.candidates
    served, = found(book, "累计服务群众86次")  # SEED_001: nothing in the codebook is near
    assert served.indicator is None and served.candidates == ()


def test_aliases_reports_print(book):
    text = "最高人民法院收案 21081 件,结案 17855 件,同比分别增长 54.6%、29.5%。"  # SPC_2024
    assert [f.indicator for f in found(book, text, published="2024-03-08")] == [
        "court.spc.accepted", "court.spc.concluded", "court.spc.accepted.yoy_pct",
        "court.spc.concluded.yoy_pct"]  # 收案, and 结案 after the SPC named once
    text = "获悉,2025年,全国法院受理审判执行案件3748.6万件,"  # SPC_2026
    assert found(book, text, published="2026-01-19")[0].indicator == \
        "court.cases.accepted_trial_enforcement"  # not 全国法院受理 … 执行案件
    text = "周强:2014年最高法受理案件11210件 审结9882件"  # SPC_2015_NPC
    assert [f.indicator for f in found(book, text, published="2015-03-12")] == [
        "court.spc.accepted", "court.spc.concluded"]
    text = "2018年6月以来受理法律援助案件13359件,累计挽回经济损失5.29亿元"  # XPCC_2022
    assert found(book, text, published="2023-01-05")[1].indicator == \
        "justice.legal_aid.losses_recovered"
    text = "诉前化解矛盾纠纷6750件,办理司法确认案件1257件,"  # COURT_2021
    assert found(book, text, published="2022-03-14")[1].indicator == \
        "court.judicial_confirmation.concluded"
    for text, published, indicator in [
            ("The SPC heard about 82,383 cases", "2018-03-21", "court.spc.accepted"),  # SPC_2018_EN
            ("Local courts nationwide heard about 88.97 million cases", "2018-03-21",  # SPC_2018_EN
             "court.cases.accepted_local"),
            ("and convicted 1.158 million criminals", "2014-05-08",  # SPC_2014_EN
             "court.criminal.persons_sentenced"),
            ("more than 6,400 criminals were arrested", "2023-01-17",  # TIBETAN_REVIEW
             "procuratorate.arrest.approved_persons")]:
        figure, = found(book, text, published=published)
        assert figure.indicator == indicator, text


def test_english_hyphenated_names_need_all_their_words(book):
    text = "Local courts nationwide heard about 88.97 million cases"  # SPC_2018_EN
    heard, = found(book, text, published="2018-03-21")  # nationwide is not national-security:
    assert heard.indicator != "court.criminal.national_security.heard"


def test_general_and_topical_names_that_fit_alike_give_null(book):
    text = ("探索建立“專業化監督+恢復性實踐+社會化治理”為一體的生態檢察新模式。截至2022年2月,"
            "提起刑事附帶民事公益訴訟47件")  # ECOLOGY_2022: the general or the eco id
    suits, = found(book, text, published="2022-04-02")
    assert suits.indicator is None
    assert set(suits.candidates) >= {"procuratorate.public_interest.incidental_civil_suits",
                                     "procuratorate.environment.incidental_civil_suits"}
    text = ("据悉,一年来,68名援藏律师先后深入西藏7个市(地)42个县(区)进行法律服务工作。"
            "他们积极担任党委政府法律顾问,参与重大决策合法性审查,广泛开展法治宣讲,参与矛盾纠纷"
            "化解,一年来共办理法律援助案件1540件,")  # AID_2020_INFOHC: the volunteers' or all
    cases = found(book, text, published="2020-07-25")[-1]
    assert cases.indicator is None
    assert set(cases.candidates) >= {"justice.legal_aid.cases",
                                     "justice.legal_aid.volunteer_cases"}


def test_shared_work_of_another_organ_leaves_the_figures_to_the_documents_organ(book):
    text = ("近日,记者从自治区高级人民法院获悉,2021年,全区法院在坚定不移做服务、持之以恒促发展、"
            "坚持不懈改善民生上猛下功夫,\n坚持和发展新时代“枫桥经验”,推进司法调解与人民调解、"
            "行政调解、行业调解联动,强化诉讼服务中心实质性解纷功能,设立146个调解室,"
            "诉前化解矛盾纠纷6750件,办理司法确认案件1257件,调解结案11723件。")  # COURT_2021
    figures = found(book, text, published="2022-03-14")
    assert [f.indicator for f in figures][1::2] == ["court.prelitigation.resolved",
                                                    "court.mediation.closed_by_mediation"]


def test_a_topic_named_before_in_the_sentence_completes_a_name(book):
    text = ("2022年全区公安机关共破获电信网络诈骗案件543起,同比上升42%,抓获犯罪嫌疑人496名,"
            "同比上升68%,")  # POLICE_2022: 抓获 + 电信网络诈骗 + 犯罪嫌疑人
    figures = found(book, text, published="2023-04-15")
    assert [f.indicator for f in figures][2:] == [
        "public_security.telecom_fraud.suspects_arrested",
        "public_security.telecom_fraud.suspects_arrested.yoy_pct"]


def test_short_forms_reports_use(book):
    text = "全区律师事务所539家,比2015年增长25.3%,其中,合伙所277家、国资所44家、个人所218家"
    assert [f.indicator for f in found(book, text, published="2022-08-01")][2:] == [
        "justice.law_firms.partnership", "justice.law_firms.state_funded",
        "justice.law_firms.sole"]  # LAWYERS_XJ_2022: aliases
    text = "兵团各级刑侦部门把电信网络诈骗犯罪作为打击治理重点,全年累计破获电诈案件410起"
    assert found(book, text, published="2025-01-10")[0].indicator == \
        "public_security.telecom_fraud.cases_solved"  # XPCC_POLICE_2025: 电诈 is 电信网络诈骗


def test_partners_and_titles_do_not_set_the_organ(book):
    text = ("同时,人民法院加强对醉驾型危险驾驶犯罪的精准打击,严格执行与最高人民检察院、公安部、"
            "司法部联合出台的《关于办理醉酒危险驾驶刑事案件的意见》,受理危险驾驶罪21.3万件,")
    assert found(book, text, published="2024-10-18")[0].indicator == \
        "court.criminal.dangerous_driving.accepted"  # SPC_2024_CPP: the courts', not the police's


def test_english_names_are_read_as_words(book):
    text = "34,982 people were not prosecuted, up 12.2% year-on-year"  # SPP_2020_EN
    assert found(book, text, published="2020-04-18")[0].indicator == \
        "procuratorate.prosecution.not_prosecuted_persons"  # not the alias "were prosecuted"


def test_english_negations_are_other_measures(book):
    text = "It was decided not to prosecute 173,068 people, an increase of 40.1% year-on-year;"
    assert [f.indicator for f in found(book, text, published="2020-10-19")] == [
        "procuratorate.prosecution.not_prosecuted_persons",
        "procuratorate.prosecution.not_prosecuted_persons.yoy_pct"]  # SPP_2020_EN (Q1-Q3)
    text = "while the arrest of 238,317 suspects was denied, up 2.4% year on year."  # SPP_2019_EN
    assert found(book, text, published="2019-12-22")[0].indicator not in (
        "procuratorate.arrest.approved_persons", "procuratorate.arrest.approved_or_decided_persons")


def test_english_words_before_the_counted_noun_narrow_it(book):
    text = "Chinese courts concluded 5.8 million civil cases, an increase of 7.7 percent."
    civil = found(book, text, published="2010-03-11")[0]  # SPC_2010_EN: civil cases only
    assert civil.indicator != "court.cases.concluded"


def test_english_persons_prosecuted_for_a_named_crime_are_not_all_prosecutions(book):
    texts = [("According to Hou, procuratorial organs prosecuted around 15,000 individuals for "
              "crimes endangering food and drug safety", "2025-03-01"),  # en.spp.gov.cn 2025
             ("-- Prosecuted 5,642 suspects for infringement of intellectual property rights or "
              "producing and selling counterfeit", "2011-03-20")]  # china.org.cn 2011
    for text, published in texts:
        assert found(book, text, published=published)[0].indicator != \
            "procuratorate.prosecution.persons", text
    text = ("Volunteers have offered legal aid to disadvantaged groups in more than 8,300 cases "
            "over the past five years")  # globaltimes.cn 2019: a time, not what they are about
    assert found(book, text, published="2019-07-11")[0].indicator == \
        "justice.legal_aid.volunteer_cases"


def test_english_stock_names_read_without_stock(book):
    text = "As of the end of 2020, there were 13,000 notaries and 2,800 notary offices"
    assert [f.indicator for f in found(book, text, published="2021-04-12")] == [
        "justice.notary.notaries", "justice.notary.offices"]  # MOJ_2021_EN


def test_a_figure_the_clean_data_holds_takes_its_indicator(book):
    text = ("Zhang Jun, President of the Supreme People's Court, delivered a work report\n\n"
            "Courts at all levels across the country accepted 45.574 million cases and closed "
            "45.268 million cases")  # SPC_2024_EN; the Chinese report's 4557.4万件, 4526.8万件
    clean = clean_without("cn_court_2024_www_tellerreport_com")
    accepted, closed = found(book, text, published="2024-03-08", region="CN", clean=clean)
    assert (accepted.indicator, closed.indicator) == ("court.cases.accepted_incl_mediation",
                                                      "court.cases.concluded_incl_mediation")
    assert accepted.duplicate_of and accepted.duplicate_of in set(clean["source_id"])


def test_names_that_fit_alike_go_to_the_series_that_reaches_the_year(book):
    text = "据介绍,5年来,全国共办理法律援助案件265万件,"  # AID_2012: all legal aid, not the
    clean = clean_without("cn_justice_2012_news_skykiwi_com")  # 1+1 volunteers' (2021 only)
    cases, = found(book, text, published="2012-01-27", clean=clean)
    assert cases.indicator == "justice.legal_aid.cases"


def test_ones_count_what_the_figure_before_them_counts(book):
    text = "The SPC heard about 82,383 cases and closed about 79,692 ones"  # SPC_2018_EN
    assert [f.unit for f in found(book, text)] == ["case", "case"]


def test_english_people_nouns_count_persons(book):
    text = ("legal aid institutions at all levels have helped 2.47 million migrant workers, "
            "328,000 people with disabilities, 585,000 elderly people and 742,000 minors")
    # subsites.chinadaily.com.cn 2018-11-30 (Ministry of Justice, legal aid in five years)
    assert [f.unit for f in found(book, text, published="2018-11-30")] == ["person"] * 4
    text = "benefiting roughly 960,000 rural residents"  # en.people.cn 2023 (legal aid in 2022)
    assert [f.unit for f in found(book, text)] == ["person"]


def test_an_english_figure_counting_a_plain_noun_takes_its_indicators_unit(book):
    text = ("Overall, Chinese lawyers provided over 1.272 million pieces of legal services in the "
            "public interest last year")  # LAWYERS_2018_EN
    services, = found(book, text, published="2019-11-29")
    assert (services.indicator, services.unit) == ("justice.lawyers.pro_bono_services", "case")
    text = ("From 2003 to 2007, prosecution offices across the country issued more than 4.23 "
            "million arrest warrants for criminal suspects")  # china.org.cn 2008-03-10 (SPP)
    warrants, = found(book, text, published="2008-03-10")
    assert (warrants.indicator, warrants.unit) == ("procuratorate.arrest.approved_persons",
                                                   "person")


RIOT_2008 = "news.sina.com.cn 2008-03-27 (新华网, arrests after the Lhasa riot of 14 March)"
REUTERS_2008 = "debat.totalite.org copy of Reuters 2008-04-09 (Tibet governor, 953 detained)"
REDIFF_2008 = "rediff.com 2008-04-18 (PTI, Lhasa riot suspects)"


def test_up_to_now_in_news_of_the_day_is_this_year_so_far(book):
    text = ("新华网拉萨3月27日电 西藏自治区常务副主席白玛赤林27日接受境外记者采访时说,截至目前,拉萨市人民检察院"
            "批准逮捕了30名参与拉萨“3·14”严重打砸抢烧事件的犯罪嫌疑人。 白玛赤林说,目前,被依法刑事拘留的"
            "犯罪嫌疑人共有414人")  # RIOT_2008: no review of 2007, the arrests of March 2008
    assert periods_of(book, text, "2008-03-27") == ["2008-01-01..2008-03-27", "2008"]
    text = "Till date, 365 suspects in the Lhasa riots had surrendered to the police"  # REDIFF
    assert periods_of(book, text, "2008-04-18") == ["2008-01-01..2008-04-18"]
    text = ("杨向斌介绍,到目前为止,全国共有各类法律服务机构75.4万个")  # a stock up to now: its year
    assert periods_of(book, text, "2024-09-06") == ["2024"]  # 中新社 2024-09-06 (golangjump)


def test_a_month_closes_a_range_of_years(book):
    text = ("新疆維吾爾自治區高級人民法院對外通報了2024年至2025年5月新疆全區法院環境資源審判工作情況。通報顯示,"
            "新疆全區法院共受理各類環境資源案件12819件")  # bdbpd.com mirror of 法治日报 2025-06-07
    assert periods_of(book, text, "2025-06-07") == ["2024-01-01..2025-05-31"]


def test_years_that_frame_a_record_or_history_are_no_period(book):
    text = ("The strongest and most sustained anti-government protests in the last 20 years have "
            "left 20 people dead, a top official said.\n\nEighty two people had been arrested "
            "but another 88 were still at large")  # REDIFF_2008
    assert set(periods_of(book, text, "2008-04-18")) == {"2008"}
    text = ("Chinese police have detained 953 people suspected of involvement in riots in Tibet "
            "last month.\n\nThe Dalai Lama, who fled to India in 1959 after an abortive uprising "
            "against Chinese rule, has denied the accusation.\n\nPolice have also issued "
            "warrants for 93 suspects")  # REUTERS_2008
    assert periods_of(book, text, "2008-04-09") == ["2008", "2008"]


def test_the_weekday_a_text_was_told_on_is_the_reports_day(book):
    text = ("Chinese attorneys have given legal aid services to nearly 2.37 million litigants "
            "in 1.35 million cases since the country promulgated the Regulation on Legal Aid in "
            "2003, Justice Minister Wu Aiying said on Thursday.")  # china.org.cn 2008-09-05
    assert set(periods_of(book, text, "2008-09-05")) == {"2003-01-01..2008-09-04"}


def test_an_english_direction_after_the_percentages_makes_them_changes(book):
    text = ("Prosecutors investigated more than 209,000 officials in nearly 180,000 cases of "
            "embezzlement, bribery, dereliction of duty and rights violation in the past five "
            "years, 13.2 percent and 9.9 percent down from the previous five years")
    # china.org.cn 2008-03-10 (SPP report on 2003-2007)
    changes = [(f.printed, f.value) for f in found(book, text, published="2008-03-10")][2:]
    assert changes == [("down 13.2 percent", -13.2), ("9.9 percent down", -9.9)]
    text = ("Prosecutors handled 61,024 public interest lawsuits, a 2.6 percent year-on-year "
            "decrease.")
    # archive.shine.cn 2020-07-22 (Shanghai Daily, SPP data for January-June)
    assert [(f.value, f.unit) for f in found(book, text, published="2020-07-22")][1:] == [
        (-2.6, "percent")]


def test_a_span_may_end_in_a_month_of_this_year(book):
    text = "曹建明介绍,2008年1月至今年8月,全国检察机关共立案侦查贪污贿赂犯罪案件151350件"
    # bianhuren.net.cn repost of 中新网 2013-10-22 (SPP report to the NPC Standing Committee)
    assert periods_of(book, text, "2013-10-22") == ["2008-01-01..2013-08-31"]


def test_what_programs_are_now_in_is_a_stock_of_the_year(book):
    text = ("In the first half of 2010, the community correction programs were implemented in "
            "four more prefecture-level cities, it said.\nThat means the programs are now in 222 "
            "prefecture-level cities")  # china.org.cn 2010-07-31 (community correction)
    assert periods_of(book, text, "2010-07-31")[-1] == "2010"


def test_the_first_half_of_this_year(book):
    text = ("Chinese courts have intensified efforts to maintain national security and social "
            "stability in the first half of this year, handling 529,000 criminal cases, a "
            "decrease of 10.4 percent from the same period last year")
    # labontemusic.com mirror of China Daily 2025-07-21 (SPC data for January-June 2025)
    assert set(periods_of(book, text, "2025-07-21")) == {"2025-01-01..2025-06-30"}


def test_a_span_from_a_day_runs_from_that_day(book):
    text = ("法制网乌鲁木齐6月23日电 新疆自5月23日开展严厉打击暴力恐怖活动专项行动启动以来,全区公安机关已打掉"
            "32个暴力恐怖团伙")  # china.haiwainet.cn repost of 法制网 2014-06-23
    assert periods_of(book, text, "2014-06-23") == ["2014-05-23..2014-06-23"]
    text = ("自去年5月23日严打专项行动开展以来,新疆公安机关率先行动,截至今年4月30日,共打掉暴力恐怖团伙181个")
    # sp.wenweipo.com copy of 人民日报 2015-05-25
    assert periods_of(book, text, "2015-05-25") == ["2014-05-23..2015-04-30"]


def test_the_day_a_news_agency_reported_is_the_reports_day(book):
    text = ("据新华网17日报道,从公安部获悉,2016年“猎狐行动”成效显著,截至目前,全国公安机关已从61个国家和地区"
            "成功抓获各类境外逃犯409名")  # m.guancha.cn 2016-08-18
    assert set(periods_of(book, text, "2016-08-18")) == {"2016-01-01..2016-08-17"}


def test_an_english_name_after_the_figure_names_what_it_counts(book):
    text = ("it says 1,588 violent and terrorist gangs have been disbanded and 2,052 explosive "
            "devices seized in the last five years.")  # socialnews.xyz 2019-03-18 (IANS)
    devices = found(book, text, published="2019-03-18", region="XJ")[1]
    assert devices.indicator == "public_security.counter_terrorism.explosive_devices_seized"


def test_the_whole_year_is_the_year_its_paragraph_names(book):
    text = ("「2019年,全國檢察機關緊緊圍繞黨和國家工作大局。全年共辦理各類案件3146292件,同比上升9.7%。其中,"
            "審查逮捕案件935432件")  # ppfocus.com, the SPP work report of 25 May 2020
    assert periods_of(book, text, "2020-05-25") == ["2019"] * 3


def test_a_day_the_text_names_dates_a_text_known_by_its_month(book):
    text = ("5月27日,公安部召开新闻发布会,通报五年来全国公安机关各项工作情况。发布会上,公安部新闻发言人介绍,"
            "五年来,全国公安机关破获各类经济犯罪案件近40万起")  # wanqulawyer.cn, 法治日报 2024-05
    assert periods_of(book, text, "2024-05") == ["2019-05-27..2024-05-27"]


def test_date_ranges_in_english_and_from_last_year_and_the_same_period(book):
    text = ("Statistics from the SPC show that from Jan. 1, 2013, to Nov. 30, 2022, the SPC "
            "accepted 227,000 cases and concluded 220,000.\n\nIn the same period, local and "
            "special courts accepted 231 million cases")  # en.people.cn 2023-01-09 (Xinhua)
    assert periods_of(book, text, "2023-01-09") == ["2013-01-01..2022-11-30"] * 3
    text = "自去年5月23日至今年4月30日,全區法院受理的\"嚴打\"一審案件上訴率8.7%"  # rfa.org 2015-05-25
    assert periods_of(book, text, "2015-05-25") == ["2014-05-23..2015-04-30"]


def test_a_date_that_closes_a_span_dates_the_whole_sentence(book):
    text = ("自去年5月23日嚴打專項行動開展以來,新疆公安機關在全區形成嚴打高壓攻勢,截至今年4月30日,共打掉暴力恐怖"
            "團伙181個,96.2%的暴恐犯罪團伙被摧毀在預謀階段")  # rfa.org 2015-05-25
    assert periods_of(book, text, "2015-05-25") == ["2014-05-23..2015-04-30"] * 2


def test_a_change_over_one_year_or_a_span_just_past_keeps_its_span(book):
    text = ("公安部副部长杜航伟在新闻发布会上表示, 一年来,全国共破获电信网络诈骗案件39.4万起,抓获犯罪嫌疑人63.4万名,"
            "同比分别上升28.5%和76.6%")  # qiye.eeju.com, 南财快讯 2022-04-14
    assert set(periods_of(book, text, "2022-04-14")) == {"2021-04-14..2022-04-14"}
    text = ("2024年以来,兵团公安机关深化平安兵团建设,有效打击了各类违法犯罪。刑事案件破案数同比上升13.97%,"
            "治安案件立案数同比下降5.75%。")  # ex.chinadaily.com.cn 2025-01-10, conference of 7 January
    assert set(periods_of(book, text, "2025-01-07")) == {"2024-01-01..2025-01-07"}


def test_table_cells_run_together_are_read_apart(book):
    text = ("Arrest approved/decided upon222,000 personsDown 51.2%\nNot arrested139,000Down 21.3%\n"
            "  • Non-arrest rate\n39.2%Up 10.8%")  # chinalawtranslate.com: SPP, first half of 2022
    figures = found(book, text)
    got = [(f.printed, f.value, f.unit) for f in figures]
    assert got == [("222,000 persons", 222_000, "person"), ("Down 51.2%", -51.2, "percent"),
                   ("139,000", 139_000, None), ("Down 21.3%", -21.3, "percent"),
                   ("39.2%", 39.2, "percent"), ("Up 10.8%", 10.8, "percent")]
    assert all(f.quote in text for f in figures)


def test_a_figure_with_no_unit_word_finds_its_twin_in_the_clean_data(book):
    text = ("BEIJING, June 14 (Xinhua) -- China had more than 651,600 practicing lawyers at the "
            "end of 2022.\nThe ministry said the number of legal firms nationwide totaled 38,600, "
            "500 of which employed more than 100 lawyers.")  # en.people.cn 2023-06-15
    clean = clean_without("cn_justice_2023_en_people_cn_3")
    firms = next(f for f in found(book, text, published="2023-06-15", region="CN", clean=clean)
                 if f.printed == "38,600")
    assert firms.indicator == "justice.law_firms.stock"
    assert firms.duplicate_of in set(clean["source_id"])


def test_english_counts_up_to_a_day_and_spans_from_a_launch(book):
    text = ("Through November 2008, 1,295 suspects were arrested. The numbers are roughly double "
            "the totals for all of China in 2007, when 742 ESS arrests and 619 indictments were "
            "recorded, the most in each category since 1999.")  # duihuahrjournal.org 2009-01-06
    assert periods_of(book, text, "2009-01-06") == ["2008-01-01..2008-11-30", "2007", "2007"]
    text = ("The “strike hard storm” began earlier this month.\n\nAs of March 3, more than 1,500 "
            "extra police and security personnel had been deployed")  # thehimalayantimes.com, AFP
    assert periods_of(book, text, "2010-03-05") == ["2010-03-01..2010-03-03"]
    text = ("By the end of June, Chinese police had also arrested 36,000 suspects.\n\nOver 3,000 "
            "missing or abducted children, including adults who had gone missing or were "
            "kidnapped as children, were rescued during a nationwide campaign launched in "
            "January, the ministry added.")  # en.people.cn 2021-08-26, BEIJING, Aug. 25 (Xinhua)
    assert periods_of(book, text, "2021-08-25") == ["2021-01-01..2021-06-30",
                                                    "2021-01-01..2021-08-25"]


def test_english_years_in_which_and_the_day_of_a_conference(book):
    text = ("Volunteer lawyers have helped local governments to resolve nearly 4,000 cases of "
            "group disputes in three years, according to a conference on the campaign on "
            "Sunday.")  # chinaconsulatechicago.org 2012-07-16 (a Monday)
    assert periods_of(book, text, "2012-07-16") == ["2009-07-15..2012-07-15"]
    text = "The ministry will train 5,000 mediators in three years."
    assert periods_of(book, text, "2012-07-16") == ["2012"]


def test_a_campaign_named_by_its_year_is_no_period_and_xian_marks_a_stock(book):
    text = ("“猎狐2015”专项行动期间,全国公安机关从66个国家和地区成功抓获各类外逃人员857名。\n"
            "2015年4月至12月底,公安部组织全国公安机关开展了“猎狐2015”专项行动。")  # 商洛日报 2016-01-28
    assert set(periods_of(book, text, "2016-01-28")) == {"2015-04-01..2015-12-31"}  # 66个, 857名
    text = ("2007年,司法部制定了全國監獄資訊化建設規劃。吳愛英説,現28個省(區、市)監獄管理局完成了省級網路聯通,"
            "全國70%以上的監獄建立了應急指揮中心")  # big5.chinataiwan.cn 2012-04-27 (新京报)
    assert periods_of(book, text, "2012-04-27") == ["2012", "2012"]  # 28個, 70%以上


def test_a_start_named_far_before_its_laiyi(book):
    text = ("2009年6月公安部部署全國公安機關開展打擊電信詐騙犯罪專項行動以來,共破獲電信詐騙案件25137起")
    # big5.chinataiwan.cn, Xinhua 2010-02-24
    assert periods_of(book, text, "2010-02-24") == ["2009-06-01..2010-02-24"]


def test_what_english_cases_involve_must_be_in_the_name(book):
    text = ("-- Courts across the country in 2006 tried and concluded 31,582 cases involving the "
            "manufacture, trafficking and sale of narcotics, while sentencing 37,256 convicted "
            "criminals.")  # cctv.com 2007-03-13 (Xinhua, facts and figures of the SPC report)
    cases = found(book, text, published="2007-03-13")[0]
    assert cases.indicator != "court.cases.concluded"  # narcotics cases, not all cases


def test_a_change_on_the_years_before_takes_the_id_of_that_comparison(book):
    text = "最高人民法院全面加强审判和执行工作,五年中共审结各类案件20293件,比前五年上升46%"
    # imedia.eastday.com 2003-03-11 (the SPC work report on 1998–2002)
    concluded, change = found(book, text, published="2003-03-11")
    assert (concluded.indicator, change.indicator) == (
        "court.spc.concluded", "court.spc.concluded.change_vs_1993_1997_pct")
    text = ("五年来,全国法院审结一审刑事案件338.5万件,判处罪犯418.4万人,与1998—2002年比较,分别上升19.61%和"
            "29.94%。")  # cndc.net.cn 2008-03-11 (人民法院报, the SPC work report on 2003–2007)
    changes = [f.indicator for f in found(book, text, published="2008-03-11")][2:]
    assert changes == ["court.criminal.first_instance.concluded.change_vs_1998_2002_pct",
                       "court.criminal.persons_sentenced.change_vs_1998_2002_pct"]


def test_a_base_year_is_no_figure_and_heard_and_concluded_counts_concluded(book):
    text = ("-- Local courts at all levels heard and concluded 8,105,007 cases in 2006, up 2.07 "
            "percent over 2005")  # cctv.com 2007-03-13 (Xinhua, facts and figures)
    figures = found(book, text, published="2007-03-13")
    assert [f.printed for f in figures] == ["8,105,007 cases", "up 2.07 percent"]
    assert "accepted" not in figures[0].indicator


def test_a_stated_change_takes_the_period_of_the_figure_it_describes(book):
    text = ("中新網12月25日電 公安部今日上午舉行新聞發布會,公安部禁毒局副局長劉躍進在通報2007年中國禁毒形勢時透露,"
            "今年1月至11月中國公安機關共破獲毒品犯罪案件5萬余起,同比上升18%。")  # 中新网 2007-12-25
    assert periods_of(book, text, "2007-12-25") == ["2007-01-01..2007-11-30"] * 2


def test_jiezhi_a_base_after_over_and_a_year_right_after_an_english_figure(book):
    text = "截止2024年12月25日,全市共破获毒品犯罪案件 14起"  # ga.lasa.gov.cn, 拉萨市2024年毒情形势报告
    assert periods_of(book, text, "2025-01") == ["2024-01-01..2024-12-25"]
    text = "Labor dispute cases nearly doubled last year over 2007 to 286,221"  # chinadaily.com.cn
    assert periods_of(book, text, "2009-03-11") == ["2008"]
    text = ("A total of 214,740 public interest litigation cases were filed from July 2017 to "
            "September 2019, with 9,170 in the second half of 2017 and 113,160 in 2018, the report "
            "said.")  # urdupoint.com 2019-10-23 (APP)
    assert periods_of(book, text, "2019-10-23") == ["2017-07-01..2019-09-30",
                                                    "2017-07-01..2017-12-31", "2018"]


def test_a_five_year_plan_a_time_clause_after_now_and_years_listed_respectively(book):
    text = "“十四五”期间,全国人民调解组织共调解纠纷7900多万件"  # app.bjtitle.com 2025-09-12
    assert periods_of(book, text, "2025-09-12") == ["2021-01-01..2025-12-31"]
    text = ("目前,司法行政戒毒系统共有334个强制隔离戒毒所,自2008年6月1日禁毒法实施以来,"
            "司法行政强制隔离戒毒所已累计收治强制隔离戒毒人员76.9万余人")  # 法制日报 2015-06-01
    assert periods_of(book, text, "2015-06-01") == ["2015", "2008-06-01..2015-06-01"]
    text = ("根據司法統計數據,2012- 2014年全國法院分別受理一審離婚案件125.1萬件、130.5萬件和131.9萬件,"
            "通過法院訴訟而離婚的數量總體穩定。")  # scl371.com, SPC research report on divorce
    assert periods_of(book, text, "2015-11-01") == ["2012", "2013", "2014"]


def test_cards_and_transactions_are_counts(book):
    text = "缴获电话卡5620张、银行卡3463张"  # m.cyol.com 2022-06-30 (Xinjiang telecom fraud)
    assert [(f.printed, f.unit) for f in found(book, text)] == [("5620张", "count"),
                                                                ("3463张", "count")]
    text = "2022年1月至5月,新疆依法返还电诈案件被骗资金522笔,返还资金1610.3万元。"  # ibid.
    assert [(f.printed, f.unit) for f in found(book, text)][0] == ("522笔", "count")


def test_english_changes_listed_respectively_and_a_count_before_year_on_year(book):
    text = ("and concluded 543,379 cases (including carried over cases, ditto hereinafter), a "
            "year-on-year decrease of 18.17% and 9.67%, respectively. In these newly accepted "
            "cases, trademark cases dropped by 9.82% to 112,474 year on year")  # beijingeastip
    got = [(f.printed, f.value, f.unit) for f in found(book, text, published="2023-04-20")]
    assert got == [("543,379 cases", 543_379, "case"), ("decrease of 18.17%", -18.17, "percent"),
                   ("decrease of 9.67%", -9.67, "percent"), ("dropped by 9.82%", -9.82, "percent"),
                   ("112,474", 112_474, None)]  # a bare number: unit from its indicator


def test_a_month_to_come_is_last_years_and_a_level_from_one_year_to_another(book):
    text = ("A network of 161 police stations in Lhasa ensures security.\n"
            "By the end of November, 135 police stations had been set up to serve local "
            "communities in Lhasa.")  # China Daily 2012-08-14
    assert periods_of(book, text, "2012-08-14") == ["2012", "2011-01-01..2011-11-30"]
    text = ("新華社北京11月12日電…十年來,中國各地法院生態環境資源專門讅判機搆和讅判組織從134個增至2400多個,"
            "專業讅判人員達10700餘人。")  # lucas-brake.com, 中新社 2024-11-12
    assert periods_of(book, text, "2024-11-12")[:2] == ["2014", "2024"]


def test_words_reports_use_alike_for_solved_suspects_drugs_and_the_police(book):
    text = "据介绍,2024年,全区共查破涉毒案件64起"  # ali.xzdw.gov.cn 2025-03-31
    assert found(book, text, published="2025-03-31", region="XZ")[0].indicator == \
        "public_security.drugs.cases_solved"
    text = "新疆警方共破获毒品案件2148起"  # m.shzx.org 2017-06-24 (毒品犯罪案件 without 犯罪)
    assert found(book, text, published="2017-06-24")[0].indicator == \
        "public_security.drugs.cases_solved"
    text = ("Chinese narcotics control authorities solved 83,000 drug crimes in 2019")  # cncnews
    assert found(book, text, published="2020-06-24")[0].indicator == \
        "public_security.drugs.cases_solved"  # "Drug crime cases solved by the police"


def test_a_total_that_reaches_a_count_is_the_count_of_what_it_totals(book):
    text = "截至2022年6月30日,全区律师人数达7114名"  # 新华网新疆频道 2022-08-01
    assert found(book, text, published="2022-08-01", region="XJ")[0].indicator == \
        "justice.lawyers.stock"


def test_a_stock_in_the_present_is_as_of_the_year_end_the_texts_data_are_of(book):
    text = ("The Ministry of Justice of China recently released a series of data on Chinese "
            "lawyers as of the end of 2017, including the number of lawyers.\n\n"
            "There are more than 365 thousand lawyers in China, an increase of 11.5 percent over "
            "2016.")  # chinajusticeobserver.com 2018-06-01
    assert periods_of(book, text, "2018-06-01") == ["2017", "2017"]


def test_a_topic_named_before_in_the_paragraph_completes_a_name_nothing_else_fits(book):
    text = ("2023年,新疆警方深入打击治理电信网络诈骗犯罪,全区共立电诈案件6909起,同比下降4.9%;"
            "破案5027起,破案率72.8%,同比上升4.4个百分点;抓获犯罪嫌疑人10322人,同比上升23%。")
    # mini.eastday.com 2024-02-29 (人民日报客户端)
    suspects = found(book, text, published="2024-02-29", region="XJ")[-2]
    assert (suspects.printed, suspects.indicator) == \
        ("10322人", "public_security.telecom_fraud.suspects_arrested")


def test_ships_and_counts_printed_with_a_bracketed_ci(book):
    text = "十一家海事法院扣押船舶2592艘"  # 光明网 via solarstreet, 2025-10-26
    assert [(f.printed, f.unit) for f in found(book, text)][-1] == ("2592艘", "count")
    text = "全区开展宪法学习宣传活动21307场(次),受教育群众5927763人(次)"  # getagoat.com, 2019
    assert [(f.printed, f.unit) for f in found(book, text)] == [("21307场(次)", "count"),
                                                                ("5927763人(次)", "person_time")]


def test_spans_from_a_day_or_last_years_month_closed_by_a_later_day(book):
    text = ("中國公安部百日行動辦公室主任仇保利表示,6月25日以來,各級公安機關全警動員;截至目前,"
            "「百日行動」共破獲刑事案件64萬餘起")  # fortuneinsight.com 2022-09-28
    assert periods_of(book, text, "2022-09-28") == ["2022-06-25..2022-09-28"]
    text = ("記者19日從公安部“打拐”專項行動辦公室獲悉,自去年4月公安部部署開展打擊拐賣兒童婦女犯罪專項行動以來,"
            "各地公安機關解救被拐賣兒童4743人。\n據介紹,一年來的“打拐”專項行動取得了顯著的階段性成果:"
            "截至今年5月10日,全國公安機關共破獲拐賣婦女案件5221起。一年來,公安部“打拐辦”掛牌督辦重特大"
            "拐賣案件96起。\n此次專項行動,是公安部自1991年以來第五次在全國範圍內“打拐”,已經為483個孩子找到"
            "了親人。")  # destroybadbreath.com, 新华社 2010-05-20
    assert periods_of(book, text, "2010-05-20") == ["2009-04-01..2010-05-10"] * 2 + [
        "2009-05-19..2010-05-19", "2009-04-01..2010-05-10"]


def test_english_spans_between_years_by_a_year_and_a_weekday_without_on(book):
    text = ("Since maritime courts were set up in 1984, cases have increased annually. By 2013, "
            "225,283 cases had been handled.\nBetween 1984 and 2013, the courts detained 7,744 "
            "vessels.")  # ecns.cn 2014-09-03
    assert periods_of(book, text, "2014-09-03") == ["1984-01-01..2013-12-31"] * 2
    text = ("A legal aid program has helped more than 832,000 people in the past 10 years, data "
            "unveiled by the Ministry of Justice showed Thursday.")  # chinadaily.com.cn 2020-09-11
    assert periods_of(book, text, "2020-09-11") == ["2010-09-10..2020-09-10"]


def test_ip_cases_are_intellectual_property_cases_not_all_cases(book):
    text = ("The courts newly accepted 526,165 IP cases of first instance, second instance, and "
            "remanded for retrial")  # beijingeastip.com, the SPC's IP white paper of 2022
    ip = found(book, text, published="2023-04-20", region="CN")[0]
    assert ip.indicator is None or ip.indicator.startswith("court.ip."), ip.indicator


def test_a_cumulative_count_runs_from_the_start_its_paragraph_names(book):
    text = ("2003年7月,“两院两部”联合印发《关于开展社区矫正试点工作的通知》。2009年9月,部署全面试行社区矫正"
            "工作。截至目前,全国累计接收社区服刑人员412万人,解除矫正342万人,在册70余万人。")
    # hunan.gov.cn 2018-12-25 (online interview with the Ministry of Justice)
    assert periods_of(book, text, "2018-12-25") == ["2003-07-01..2018-12-25"] * 2 + ["2018"]
    text = ("Notary offices … handled more than 10 million cases, over 111 times that in 1980."
            "\n\nThere are more than 20,000 people engaged in notary work.")  # en.people.cn 2006
    assert periods_of(book, text, "2006-03-01")[-1] == "2006"  # not 1980, a comparison's base
