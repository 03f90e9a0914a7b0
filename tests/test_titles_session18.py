"""A document's title as the copy wraps and breaks it: a title's closing words wrapped onto the next line are joined to
its head; a fragment, a date's line, a part of the apparatus or half a quoted name is no title."""
from loaders.structure.titles import document_title, not_a_title

_BODY = "为加快推进行业智能制造标准化工作，制定本指南。本指南适用于全行业的智能制造标准体系建设工作。"


def test_a_rules_closing_words_wrapped_onto_the_next_line_are_joined_to_its_head():
    assert document_title(f"石化行业智能制造标准体系\n建设指南\n（2022 版）\n{_BODY}") == "石化行业智能制造标准体系建设指南"
    assert document_title(f"智能网联汽车生产企业及产品准入\n管理指南（试行）\n{_BODY}") == "智能网联汽车生产企业及产品准入管理指南（试行）"


def test_a_label_a_caption_or_a_header_cell_above_a_reports_name_is_not_joined():
    assert document_title(f"县第十八届人民代表大会第一次会议文件\n政府工作报告\n{_BODY}") == "政府工作报告"
    assert document_title(f"计划完成时间\n进展情况(一季度)\n{_BODY}") == "进展情况(一季度)"


def test_an_issuers_line_above_a_plans_name_is_not_its_head():
    assert document_title(f"某某市人民政府办公室\n工作方案\n{_BODY}") == "工作方案"


def test_a_fragment_a_dates_line_a_part_of_the_apparatus_or_half_a_quoted_name_is_no_title():
    assert not_a_title("、指导思想")
    assert not_a_title("2022年10月28日在第十三届全国人民代表大会常务委员会第三十七次会议上")
    assert not_a_title("摘 要")
    assert not_a_title("组织编制了《有色金属行业智能制造标准体系建设指南")
    assert not not_a_title("关于印发《某某市数字经济发展规划》的通知")
    assert document_title(f"组织编制了《有色金属行业智能制造标准体系建设指南\n》（以下简称《指南》）。\n{_BODY}") == ""
