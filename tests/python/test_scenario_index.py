"""A contract priced by a published index says the same in a scenario file as in Python
(issue 16): `[contracts.index]` is `cm.Indexation.index_series`, levels, lag, cap and floor."""

import pytest

import commissioning as cm

FILE = """
[[contracts]]
name = "Day care"
start = "1 April 2022"
term = "3"
annual_value = "£100,000"

[contracts.index]
levels = { "2022" = "100", "2023" = "110", "2024" = "111.5" }
cap = "8%"
floor = "0%"
"""


def test_an_index_in_a_file_is_the_index_in_python():
    scenario = cm.Scenario.from_toml(FILE)
    from_file = scenario.contracts[0]
    in_python = cm.Contract(
        "Day care", "", "1 April 2022", "3", annual_value="£100,000",
        indexation=cm.Indexation.index_series({2022: "100", 2023: "110", 2024: "111.5"}, cap="8%", floor="0%"))
    assert from_file == in_python
    # Year 2 (April 2023): 110 / 100 - 1 = 10%, capped at 8%; year 3 (April 2024): 111.5 / 110 - 1.
    assert from_file.maximum_value == cm.Money("£100,000") + cm.Money("£108,000") + cm.Money("£109,472.73")
    assert cm.Scenario.from_toml(scenario.to_toml()) == scenario


def test_uplift_and_index_are_one_or_the_other():
    text = FILE.replace('annual_value = "£100,000"\n', 'annual_value = "£100,000"\nuplift = "3%"\n')
    with pytest.raises(cm.InvalidInputError, match=r"scenario\.009.*'uplift' or 'index', not both"):
        cm.Scenario.from_toml(text)


def test_a_bad_index_is_refused_where_it_is_written():
    with pytest.raises(cm.InvalidInputError, match=r"scenario\.012.*contracts\[0\]\.index\.levels\.twenty"):
        cm.Scenario.from_toml(FILE.replace('"2024" = "111.5"', 'twenty = "111.5"'))
    with pytest.raises(cm.InvalidInputError, match=r"contract\.008.*must be positive"):
        cm.Scenario.from_toml(FILE.replace('"2024" = "111.5"', '"2024" = "-1"'))
    with pytest.raises(cm.InvalidInputError, match=r"scenario\.004.*levels"):
        cm.Scenario.from_toml(FILE.replace('levels = { "2022" = "100", "2023" = "110", "2024" = "111.5" }\n', ''))
