"""Which indicators each topic notebook shows, section by section.

A section lists indicator ids (or id prefixes ending in ``.``); the notebooks show every one
that has data for the chosen region and say plainly which have none.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Section:
    zh: str
    en: str
    indicators: tuple[str, ...]


TOPICS: dict[str, tuple[Section, ...]] = {
    "caseload": (
        Section("受理与审执结案件", "Cases accepted and concluded",
                ("court.cases.accepted", "court.cases.concluded")),
        Section("高级人民法院本院", "The High People's Court itself",
                ("court.high_court.accepted", "court.high_court.concluded")),
        Section("审判质效", "Timeliness and clearance",
                ("court.cases.on_time_rate_pct", "court.cases.closure_rate_pct",
                 "court.mediation.closed_by_mediation", "court.circuit_trials.cases")),
    ),
    "criminal": (
        Section("刑事审判", "Criminal trials",
                ("court.criminal.concluded", "court.criminal.first_instance.concluded",
                 "court.criminal.persons_sentenced")),
        Section("刑事案件类别", "Categories of criminal cases",
                ("court.criminal.violent.", "court.criminal.telecom_fraud.",
                 "court.criminal.traffic.", "court.criminal.corruption.",
                 "court.criminal.organized_crime.", "court.criminal.separatism.",
                 "court.criminal.national_security.", "court.criminal.ethnic_religious_hype.")),
        Section("批准逮捕与提起公诉", "Approved arrests and prosecutions",
                ("procuratorate.arrest.approved_persons", "procuratorate.prosecution.persons",
                 "procuratorate.supervision.cases")),
        Section("公安打击电信网络诈骗", "Police action on telecom and online fraud",
                ("public_security.telecom_fraud.",)),
        Section("认罪认罚从宽", "Leniency for guilty pleas",
                ("procuratorate.leniency_plea.",)),
        Section("无罪判决与指定辩护", "Acquittals, exemptions and appointed defence",
                ("court.criminal.acquitted_persons", "court.criminal.exempted_persons",
                 "court.criminal.appointed_defence")),
        Section("未成年人", "Juveniles", ("procuratorate.juvenile.", "court.juvenile.")),
    ),
    "civil": (
        Section("民商事审判", "Civil and commercial cases",
                ("court.civil_commercial.concluded", "court.civil_commercial.first_instance_amount",
                 "court.enterprise.concluded", "court.bankruptcy.concluded", "court.ip.concluded",
                 "court.livelihood.concluded", "court.wage_claims.", "court.family_support.")),
        Section("行政审判", "Administrative cases",
                ("court.administrative.",)),
        Section("执行", "Enforcement",
                ("court.enforcement.concluded", "court.enforcement.amount",
                 "court.enforcement.livelihood_amount", "court.enforcement.judicial_detention",
                 "court.enforcement.refusal_crime.")),
        Section("失信惩戒与信用修复", "Credit discipline and credit repair",
                ("court.credit.",)),
    ),
    "services": (
        Section("诉前调解与司法确认", "Pre-litigation mediation and judicial confirmation",
                ("court.prelitigation_mediation.cases", "court.prelitigation.resolved",
                 "court.judicial_confirmation.concluded", "court.mediation.")),
        Section("人民调解", "People's mediation", ("justice.mediation.",)),
        Section("法律援助", "Legal aid",
                ("justice.legal_aid.", "court.judicial_aid.", "procuratorate.judicial_aid.")),
        Section("律师与公共法律服务", "Lawyers and public legal services",
                ("justice.lawyers.", "justice.law_firms.", "justice.public_legal_service.",
                 "justice.lawyerless_counties.", "justice.hotline_12348.")),
        Section("群众安全感与满意度", "Public sense of security and satisfaction",
                ("public_security.satisfaction_pct", "public_security.sense_of_security_pct",
                 "public_security.political_legal_satisfaction_pct")),
        Section("基层公安工作", "Grass-roots policing",
                ("public_security.info_collection_pass_rate_pct",
                 "public_security.police_stations_with_enforcement_areas",
                 "public_security.training.")),
    ),
    "environment": (
        Section("环境资源审判", "Environmental and resource trials",
                ("court.environment.",)),
        Section("公益诉讼", "Public-interest litigation",
                ("procuratorate.public_interest.", "court.public_interest.")),
        Section("生态环境检察", "Procuratorial work on the environment",
                ("procuratorate.environment.",)),
    ),
}
NOTEBOOK_TOPICS = {"02_caseload_trends": "caseload", "03_criminal_justice": "criminal",
                   "04_civil_administrative_enforcement": "civil",
                   "05_dispute_resolution_legal_services": "services",
                   "06_public_interest_environment": "environment"}
# The headline indicators of the annual report and of the indicator profiles.
CORE = ("court.cases.accepted", "court.cases.concluded", "court.criminal.concluded",
        "court.civil_commercial.concluded", "court.administrative.concluded",
        "court.enforcement.concluded", "court.enforcement.amount",
        "court.prelitigation_mediation.cases", "procuratorate.arrest.approved_persons",
        "procuratorate.prosecution.persons", "procuratorate.supervision.cases",
        "justice.legal_aid.cases", "public_security.satisfaction_pct")
ORGAN_ORDER = ("court", "procuratorate", "justice", "public_security", "statistics")
