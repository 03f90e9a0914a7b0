"""Initiatives, the twenty-eighth round (ini31): what the random draw of blind round 27 (now dev) misses in general,
each rule on a small example written for it."""
from tests.test_initiatives import _run


def test_ji_inside_an_earlier_item_of_a_works_list_joins_one_work():
    names, _ = _run("南湖二期骨干及城乡配套、北山供水、东河济西等工程建成通水，西岭生态保护及城乡供水一体化、"
                    "东川灌区现代化改造等工程开工建设。", "甘肃省")
    assert "南湖二期骨干及城乡配套" in {a for n in names.values() for a in (n.name, *n.aliases)}
    assert "西岭生态保护及城乡供水一体化" in {a for n in names.values() for a in (n.name, *n.aliases)}
    assert not any(n.endswith(("南湖二期骨干项目", "西岭生态保护项目")) for n in names)
    names, _ = _run("实施第三中学分校及标准化中学、幼儿园等公共公益项目。", "内蒙古自治区/呼伦贝尔市/海拉尔区")
    assert "第三中学分校" in names      # a school named by its head, then a second kind: two items


def test_a_new_round_written_before_a_programme_is_kept_in_its_written_form():
    names, _ = _run("深入实施新一轮促农增收行动，壮大乡村特色产业。", "云南省")
    assert "促农增收行动" in names
    assert "新一轮促农增收行动" in names["促农增收行动"].aliases


def test_a_section_named_by_its_two_ends_cut_to_one_character_each_belongs_to_the_route():
    names, _ = _run("郑汉铁路中武段建成投运。平庆铁路、郑汉铁路武张段等项目加快建设。", "甘肃省")
    assert {"郑汉铁路中武段", "郑汉铁路武张段"} <= set(names)
    names, _ = _run("开展高速公路危险段整治。", "甘肃省")
    assert not any(n.endswith("危险段") for n in names)     # a word before 段: a kind of stretch, no section


def test_the_added_tracks_of_a_line_are_part_of_its_name():
    names, _ = _run("兰张三四线铁路中武段建成投运。加快建设京沪二线铁路。", "甘肃省")
    assert {"兰张三四线铁路中武段", "京沪二线铁路"} <= set(names)
    assert not any(n.startswith("线") for n in names)


def test_the_old_town_after_yu_is_the_second_part_of_one_work_not_a_place():
    names, _ = _run("有序实施南山古城保护与旧城改造提升工程，城市面貌持续更新。", "西藏自治区")
    assert "南山古城保护与旧城改造提升工程" in names
    assert not {"南山古城", "旧城改造提升工程"} & set(names)     # the old town inside the longer name is part of it
    names, _ = _run("建设中心城区与旧城片区。", "西藏自治区")
    assert "中心城区与旧城片区" not in names        # two places of a town, no work joins them


def test_many_battles_or_a_count_of_counties_name_no_one_initiative():
    names, codes = _run("打赢多场抗灾救灾遭遇战攻坚战。迭部、碌曲、玛曲、镇原4县高速项目全部开工。", "甘肃省")
    assert not any("多场" in n or "4县" in n for n in names)
    assert codes.get("镇原4县高速") == "initiative.generic"


def test_the_quoted_programme_cited_without_its_head_is_the_national_programme():
    names, _ = _run("深化东西部协作。务实推进“万企兴万村”。农村居民收入增长。", "云南省")
    assert "“万企兴万村”行动" in names
    assert "万企兴万村" in names["“万企兴万村”行动"].aliases


def test_the_standing_campaign_against_gangs_is_the_national_campaign_as_written():
    names, _ = _run("深入开展常态化扫黑除恶斗争，依法打击治理电信网络诈骗。", "广西壮族自治区")
    assert "常态化扫黑除恶斗争" in names["扫黑除恶专项斗争"].aliases
