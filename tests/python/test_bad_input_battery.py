"""The bad-input battery (issue 19): hundreds of bad and adversarial inputs across the public
API and every command-line subcommand, each asserting the exact error id (and, on the command
line, the exit code and the location). The cases that once crashed the interpreter are replayed
in a child process, so a regression is a failed test, not a dead test run.

Each case is one line of a table: a label, the call (Python source, run against the fixtures
below) and the id it must raise. A message must be one line of valid UTF-8 (str() of the
error cannot fail) and start with its id.
"""

import datetime
import decimal
import fractions
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import commissioning as cm

ROOT = Path(__file__).resolve().parents[2]
SCENARIOS = ROOT / "examples" / "scenarios"
KENT = SCENARIOS / "kent-young-carers-2021.toml"
CONTRACT_2016 = SCENARIOS / "kent-young-carers-contract-2016.toml"


def fixtures() -> dict:
    """The values the calls use, made fresh for each case (some cases change them)."""
    kent = cm.Contract("Young Carers Support Service", "Imago", "1 May 2016", "3+1+1", annual_value="£325,484")
    envelope = cm.Envelope.flat("Early help", 1_000, 2021, 2022)
    option = cm.Option("In-house", "in_house")
    option.add(cm.AppraisalLine.recurring("Staff", "cost", "staff", "£100", "2022-23", "2026-27"))
    appraisal = cm.Appraisal("Test", [option], base_year="2022-23", years=5)
    return {
        "cm": cm, "D": decimal.Decimal, "F": fractions.Fraction, "date": datetime.date, "datetime": datetime.datetime,
        "kent": kent, "envelope": envelope, "GB": cm.DiscountSchedule.green_book_2022(), "appraisal": appraisal,
        "option": option, "rule": cm.KeyDecisionRule("Kent", amount="£1,000,000"),
        "table": cm.ThresholdTable.bundled(), "portfolio": cm.Portfolio("Early help"),
    }


# (label, call, id). The label names the case in pytest's output.
CASES = [
    # ---------------------------------------------------------------- Money
    ("money empty", "cm.Money('')", "money.001"),
    ("money pound only", "cm.Money('£')", "money.001"),
    ("money minus only", "cm.Money('-')", "money.001"),
    ("money spaces", "cm.Money('   ')", "money.001"),
    ("money exponent", "cm.Money('12e3')", "money.002"),
    ("money NaN text", "cm.Money('NaN')", "money.002"),
    ("money inf text", "cm.Money('inf')", "money.002"),
    ("money two minus", "cm.Money('(-5)')", "money.002"),
    ("money plus in parens", "cm.Money('(+£5)')", "money.002"),
    ("money point no digits", "cm.Money('.5')", "money.002"),
    ("money trailing point", "cm.Money('5.')", "money.002"),
    ("money fullwidth digits", "cm.Money('１２３')", "money.002"),
    ("money no-break space", "cm.Money('12\\u00a0345')", "money.002"),
    ("money euro sign", "cm.Money('£1,000€')", "money.002"),
    ("money euro in pence", "cm.Money('£1.0€')", "money.002"),
    ("money euro past pence", "cm.Money('£1.000€')", "money.002"),
    ("money NUL", "cm.Money('5\\x00abc')", "money.002"),
    ("money newline", "cm.Money('5\\n6')", "money.002"),
    ("money escape char", "cm.Money('\\x1b[31m5')", "money.002"),
    ("money lone surrogate escaped", "cm.Money('5\\U0001F4B7')", "money.002"),
    ("money dollar", "cm.Money('$5')", "money.002"),
    ("money three decimals", "cm.Money('£1.234')", "money.003"),
    ("money many decimals", "cm.Money('0.' + '1' * 100)", "money.003"),
    ("money bad grouping", "cm.Money('1,2,3')", "money.004"),
    ("money group of four", "cm.Money('1,2345')", "money.004"),
    ("money leading comma", "cm.Money(',123')", "money.004"),
    ("money too large text", "cm.Money('£100,000,000,000,000,000')", "money.005"),
    ("money too many digits", "cm.Money('9' * 400)", "money.005"),
    ("money too large int", "cm.Money(10**20)", "money.005"),
    ("money too large float", "cm.Money(1e300)", "money.005"),
    ("money too large Decimal", "cm.Money(D('1e30'))", "money.005"),
    ("money NaN float", "cm.Money(float('nan'))", "money.002"),
    ("money inf float", "cm.Money(float('inf'))", "money.002"),
    ("money NaN Decimal", "cm.Money(D('NaN'))", "money.002"),
    ("money inf Decimal", "cm.Money(D('-Infinity'))", "money.002"),
    ("money Decimal part penny", "cm.Money(D('1.005'))", "money.008"),
    ("money from_pence huge", "cm.Money.from_pence(2**63)", "money.005"),
    ("money from_pence -huge", "cm.Money.from_pence(-2**63 - 1)", "money.005"),
    ("money parse", "cm.Money.parse('abc')", "money.002"),
    ("money sum overflows", "cm.Money.from_pence(2**63 - 1) + cm.Money.from_pence(1)", "money.006"),
    ("money difference overflows", "cm.Money.from_pence(-2**63) - cm.Money.from_pence(1)", "money.006"),
    ("money negation overflows", "-cm.Money.from_pence(-2**63)", "money.006"),
    ("money times int overflows", "cm.Money.from_pence(2**62) * 4", "money.006"),
    ("money times huge int", "cm.Money('£1') * 2**70", "money.006"),
    ("money multiply overflows", "cm.Money.from_pence(2**62).multiply('400%')", "money.005"),
    ("money divide by zero", "cm.Money('£1').divide(0)", "money.007"),
    ("money divide by zero rate", "cm.Money('£1').divide('0%')", "money.007"),
    ("money divide overflows", "cm.Money.from_pence(2**62).divide('1%')", "money.005"),
    ("money ratio to zero", "cm.Money('£1').ratio_to(cm.Money(0))", "money.007"),
    ("money format 19 decimals", "cm.Money('£1').format(decimals=19)", "money.009"),
    ("money format -1 decimals", "cm.Money('£1').format(decimals=-1)", "money.009"),
    ("money format 2**31-1 decimals", "cm.Money('£1').format(decimals=2**31 - 1)", "money.009"),
    ("money format 2**40 decimals", "cm.Money('£1').format(decimals=2**40)", "argument.001"),
    ("money format bad unit", "cm.Money('£1').format('yen')", "name.001"),
    ("money format bad negative", "cm.Money('£1').format(negative='red')", "name.001"),
    ("money from_decimal part", "cm.Money.from_decimal(D('1.005'), 'nearest')", "name.001"),
    ("money bad rounding", "cm.Money('£1').multiply('1.5', rounding='up-ish')", "name.001"),
    ("money from_decimal NaN", "cm.Money.from_decimal(D('NaN'))", "money.002"),
    # ---------------------------------------------------------------- Rate
    ("rate empty", "cm.Rate('')", "rate.001"),
    ("rate text", "cm.Rate('three percent')", "rate.001"),
    ("rate fullwidth", "cm.Rate('３%')", "rate.001"),
    ("rate NUL", "cm.Rate('3\\x00%')", "rate.001"),
    ("rate two percent signs", "cm.Rate('3%%')", "rate.001"),
    ("rate huge exponent", "cm.Rate('1e1000')", "rate.001"),
    ("rate too many digits", "cm.Rate('1' * 100)", "rate.001"),
    ("rate NaN float", "cm.Rate(float('nan'))", "rate.002"),
    ("rate inf float", "cm.Rate(float('inf'))", "rate.002"),
    ("rate NaN Decimal", "cm.Rate(D('NaN'))", "rate.002"),
    ("rate huge Decimal exponent", "cm.Rate(D('1e100000'))", "rate.001"),
    ("rate divide by zero", "cm.Rate('3%') / cm.Rate(0)", "rate.003"),
    ("rate ratio zero denominator", "cm.Rate.ratio(1, 0)", "rate.003"),
    ("rate percent decimals", "cm.Rate('3%').percent(2**40)", "argument.001"),
    # ---------------------------------------------------------------- allocation
    ("allocate no weights", "cm.allocate('£1', [])", "allocation.001"),
    ("allocate negative weight", "cm.allocate('£1', [1, -1])", "allocation.002"),
    ("allocate negative rate weight", "cm.allocate('£1', ['50%', '-1%'])", "allocation.002"),
    ("allocate zero weights", "cm.allocate('£1', [0, 0])", "allocation.003"),
    ("allocate NaN weight", "cm.allocate('£1', [float('nan')])", "rate.002"),
    ("allocate bad text weight", "cm.allocate('£1', ['x'])", "rate.001"),
    ("split zero", "cm.split('£1', 0)", "allocation.001"),
    ("split negative", "cm.split('£1', -1)", "allocation.001"),
    ("split 2**40", "cm.split('£1', 2**40)", "allocation.004"),
    ("split 2**70", "cm.split('£1', 2**70)", "allocation.004"),
    ("split a million and one", "cm.split('£1', 1_000_001)", "allocation.004"),
    ("split bad money", "cm.split('£1.001', 2)", "money.003"),
    # ---------------------------------------------------------------- dates
    ("date empty", "cm.parse_date('')", "date.001"),
    ("date words", "cm.parse_date('yesterday')", "date.001"),
    ("date fullwidth", "cm.parse_date('２０２０-01-01')", "date.001"),
    ("date NUL", "cm.parse_date('2020-01-01\\x00')", "date.001"),
    ("date 30 February", "cm.parse_date('2021-02-30')", "date.002"),
    ("date month 13", "cm.parse_date('2021-13-01')", "date.001"),
    ("date 31 April words", "cm.parse_date('31 April 2021')", "date.002"),
    ("date year 10000", "cm.parse_date('10000-01-01')", "date.001"),
    ("date year 999", "cm.parse_date('0999-01-01')", "date.003"),
    ("date with time", "cm.to_long_string(datetime(2020, 1, 1, 12))", "date.004"),
    ("add_months 2**31", "cm.add_months(date(2020, 1, 1), 2**31)", "argument.001"),
    ("add_months -2**31-1", "cm.add_months(date(2020, 1, 1), -2**31 - 1)", "argument.001"),
    ("add_months 2**64", "cm.add_months(date(2020, 1, 1), 2**64)", "argument.001"),
    ("add_months out of years", "cm.add_months(date(2020, 1, 1), 10**8)", "date.003"),
    ("add_years out of years", "cm.add_years('2020-01-01', 8000)", "date.003"),
    ("add_years 2**40", "cm.add_years('2020-01-01', 2**40)", "argument.001"),
    ("add_months bad date", "cm.add_months('2020-02-30', 1)", "date.002"),
    ("to_long_string bad", "cm.to_long_string('2020-02-30')", "date.002"),
    # ---------------------------------------------------------------- periods
    ("period backwards", "cm.Period('2021-01-02', '2021-01-01')", "period.001"),
    ("period bad first", "cm.Period('x', '2021-01-01')", "date.001"),
    ("period of_months zero", "cm.Period.of_months('2021-01-01', 0)", "period.003"),
    ("period of_months negative", "cm.Period.of_months('2021-01-01', -5)", "period.003"),
    ("period of_months 2**40", "cm.Period.of_months('2021-01-01', 2**40)", "argument.001"),
    ("period of_years zero", "cm.Period.of_years('2021-01-01', 0)", "period.003"),
    ("period of_years out of range", "cm.Period.of_years('2021-01-01', 9000)", "date.003"),
    # ---------------------------------------------------------------- financial years
    ("fy label words", "cm.FinancialYear.parse('last year')", "financial_year.001"),
    ("fy label not consecutive", "cm.FinancialYear.parse('2021-23')", "financial_year.003"),
    ("fy label fullwidth", "cm.FinancialYear.parse('２０２１-22')", "financial_year.001"),
    ("fy label NUL", "cm.FinancialYear.parse('2021-22\\x00')", "financial_year.001"),
    ("fy start month 0", "cm.FinancialYear(2021, 0)", "financial_year.002"),
    ("fy start month 13", "cm.FinancialYear(2021, 13)", "financial_year.002"),
    ("fy start month 2**40", "cm.FinancialYear(2021, 2**40)", "financial_year.002"),
    ("fy year 2**40", "cm.FinancialYear(2**40)", "date.003"),
    ("fy year 10000", "cm.FinancialYear(10000)", "date.003"),
    ("fy of bad date", "cm.FinancialYear.of('2021-02-30')", "date.002"),
    ("fy of start month", "cm.FinancialYear.of('2021-02-01', 14)", "financial_year.002"),
    ("financial_years backwards", "cm.financial_years(cm.FinancialYear(2022), cm.FinancialYear(2021))", "financial_year.005"),
    ("financial_years months differ", "cm.financial_years(cm.FinancialYear(2021), cm.FinancialYear(2022, 1))", "financial_year.004"),
    # ---------------------------------------------------------------- apportioning
    ("apportion bad rule", "cm.apportion('£1', cm.Period('2021-01-01', '2021-12-31'), 'by weeks')", "name.001"),
    ("apportion bad money", "cm.apportion('£x', cm.Period('2021-01-01', '2021-12-31'))", "money.002"),
    ("apportion start month", "cm.apportion('£1', cm.Period('2021-01-01', '2021-12-31'), start_month=0)", "financial_year.002"),
    ("split_by_financial_year month", "cm.Period('2021-01-01', '2021-12-31').split_by_financial_year(13)", "financial_year.002"),
    # ---------------------------------------------------------------- terms
    ("term empty", "cm.Term('')", "term.001"),
    ("term words", "cm.Term('a while')", "term.001"),
    ("term fullwidth", "cm.Term('３+1')", "term.001"),
    ("term euro", "cm.Term('3€')", "term.001"),
    ("term NUL", "cm.Term('3\\x00+1')", "term.001"),
    ("term starts with plus", "cm.Term('+1')", "term.001"),
    ("term ends with plus", "cm.Term('3+')", "term.001"),
    ("term double plus", "cm.Term('3++1')", "term.001"),
    ("term unit without number", "cm.Term('years')", "term.001"),
    ("term two numbers", "cm.Term('3 4')", "term.001"),
    ("term too many digits", "cm.Term('1' * 5 + 'm')", "term.003"),
    ("term zero", "cm.Term('0')", "term.002"),
    ("term zero months", "cm.Term('0m')", "term.002"),
    ("term part over 50 years", "cm.Term('51')", "term.003"),
    ("term whole over 100 years", "cm.Term('50+50+1')", "term.003"),
    ("term months 2**40", "cm.Term(2**40)", "argument.001"),
    ("term months 2**31", "cm.Term(2**31)", "argument.001"),
    ("term months zero", "cm.Term(0)", "term.002"),
    ("term months negative", "cm.Term(-12)", "term.002"),
    ("term months too many", "cm.Term(601)", "term.003"),
    ("term extension 2**40", "cm.Term(36, [2**40])", "argument.001"),
    ("term extension zero", "cm.Term(36, [0])", "term.002"),
    ("term years zero", "cm.Term.years(0)", "term.002"),
    ("term years 2**33", "cm.Term.years(2**33)", "argument.001"),
    ("term years too many", "cm.Term.years(51)", "term.003"),
    ("term parse", "cm.Term.parse('forever')", "term.001"),
    # ---------------------------------------------------------------- contracts
    ("contract empty name", "cm.Contract('', 'Imago', '2016-05-01', '3+1+1', annual_value='£1')", "contract.016"),
    ("contract blank name", "cm.Contract('  \\t', 'Imago', '2016-05-01', '3+1+1', annual_value='£1')", "contract.016"),
    ("contract bad start", "cm.Contract('x', 'y', '2016-02-30', '3', annual_value='£1')", "date.002"),
    ("contract bad term", "cm.Contract('x', 'y', '2016-05-01', 'x', annual_value='£1')", "term.001"),
    ("contract negative value", "cm.Contract('x', 'y', '2016-05-01', '3', annual_value='-£1')", "contract.007"),
    ("contract bad value", "cm.Contract('x', 'y', '2016-05-01', '3', annual_value='£1€')", "money.002"),
    ("contract empty values", "cm.Contract('x', 'y', '2016-05-01', '3', values_per_year=[])", "contract.007"),
    ("contract ends past 9999", "cm.Contract('x', 'y', '9990-05-01', '50+50', annual_value='£1')", "date.003"),
    ("exercise option 0", "kent.exercise(0)", "contract.001"),
    ("exercise option 3", "kent.exercise(3)", "contract.001"),
    ("exercise option 2**40", "kent.exercise(2**40)", "contract.001"),
    ("exercise option -1", "kent.exercise(-1)", "contract.001"),
    ("exercise out of order", "kent.exercise(2)", "contract.002"),
    ("exercise twice", "kent.exercise(1); kent.exercise(1)", "contract.003"),
    ("exercise declined", "kent.decline(1); kent.exercise(1)", "contract.003"),
    ("exercise after the end", "kent.exercise(1, '2019-06-01')", "contract.004"),
    ("exercise years before the start", "kent.exercise(1, '2010-01-01')", "contract.004"),
    ("exercise the day before the start", "kent.exercise(1, '2016-04-30')", "contract.004"),
    ("exercise on a bad date", "kent.exercise(1, '2019-02-30')", "date.002"),
    ("decline option 5", "kent.decline(5)", "contract.001"),
    ("decline twice", "kent.decline(2); kent.decline(2)", "contract.003"),
    ("modify pending options", "kent.modify(ground='72(1)(c)', months=12)", "contract.005"),
    ("modify bad ground", "kent.modify(ground='72(1)(z)', months=12)", "contract.012"),
    ("modify shortens", "kent.decline(1); kent.modify(ground='72(1)(c)', months=-1)", "contract.011"),
    ("modify nothing", "kent.decline(1); kent.modify(ground='72(1)(c)')", "contract.011"),
    ("modify over 50 years", "kent.decline(1); kent.modify(ground='72(1)(c)', months=601)", "contract.011"),
    ("modify months 2**40", "kent.decline(1); kent.modify(ground='72(1)(c)', months=2**40)", "argument.001"),
    ("modify value without date", "kent.modify(ground='72(1)(b)', annual_change='£1')", "contract.006"),
    ("contract years bad scope", "kent.contract_years('someday')", "name.001"),
    ("contract profile bad rule", "kent.profile(rule='by weeks')", "name.001"),
    ("contract profile bad month", "kent.profile(start_month=0)", "financial_year.002"),
    ("contract month_at before", "kent.annual_value_on('2010-01-01')", "contract.013"),
    ("contract state_on bad", "kent.state_on('2016-02-30')", "date.002"),
    ("contract annual_value_on after", "kent.annual_value_on('2030-01-01')", "contract.013"),
    ("contract spend_between backwards", "kent.spend_between('2018-01-01', '2017-01-01')", "period.001"),
    ("price annual negative", "cm.Price.annual('-£1')", "contract.007"),
    ("price per year empty", "cm.Price.per_contract_year([])", "contract.007"),
    ("price per year negative", "cm.Price.per_contract_year(['£1', '-£1'])", "contract.007"),
    ("price total not whole years", "cm.Price.total_over_base('£1', 18)", "contract.007"),
    ("price total 2**40 months", "cm.Price.total_over_base('£1', 2**40)", "argument.001"),
    ("price annual_rate year 0", "cm.Price.annual('£1').annual_rate(0)", "contract.001"),
    ("indexation -100%", "cm.Indexation.fixed('-100%')", "contract.008"),
    ("indexation from year 1", "cm.Indexation.fixed('2%', from_year=1)", "contract.008"),
    ("indexation from year 2**40", "cm.Indexation.fixed('2%', from_year=2**40)", "argument.001"),
    ("indexation cap below floor", "cm.Indexation.index_series({2016: 100, 2017: 103}, cap='2%', floor='3%')", "contract.008"),
    ("indexation negative lag", "cm.Indexation.index_series({2016: 100}, lag_years=-1)", "contract.008"),
    ("indexation zero level", "cm.Indexation.index_series({2016: 0})", "contract.008"),
    ("indexation uplift missing level", "cm.Indexation.index_series({2016: 100, 2017: 103}).uplift_for(3, 2030)", "contract.009"),
    ("modification ground words", "cm.parse_modification_ground('because')", "contract.012"),
    ("citation bad ground", "cm.citation('72(9)')", "contract.012"),
    # ---------------------------------------------------------------- envelopes, portfolios, proposals
    ("envelope flat backwards", "cm.Envelope.flat('x', 1, 2022, 2021)", "financial_year.005"),
    ("envelope flat negative", "cm.Envelope.flat('x', -1, 2021, 2022)", "envelope.002"),
    ("envelope flat start month", "cm.Envelope.flat('x', 1, 2021, 2022, start_month=13)", "financial_year.002"),
    ("envelope flat year 2**40", "cm.Envelope.flat('x', 1, 2**40, 2**40)", "date.003"),
    ("envelope per_year empty", "cm.Envelope.per_year('x', {})", "envelope.001"),
    ("envelope per_year twice", "cm.Envelope.per_year('x', [(2021, 1), ('2021-22', 2)])", "envelope.001"),
    ("envelope per_year negative", "cm.Envelope.per_year('x', {2021: -1})", "envelope.002"),
    ("envelope per_year months differ", "cm.Envelope.per_year('x', {cm.FinancialYear(2021): 1, cm.FinancialYear(2022, 1): 1})", "envelope.001"),
    ("envelope per_year bad label", "cm.Envelope.per_year('x', {'2021-23': 1})", "financial_year.003"),
    ("envelope uplifted bad rate", "cm.Envelope.uplifted('x', 1, 'x%', 2021, 2022)", "rate.001"),
    ("envelope capped negative", "envelope.capped_at('-£1')", "envelope.002"),
    ("medium term outside", "cm.medium_term_view(envelope, 1_000, '3%', {2025: 10})", "envelope.004"),
    ("medium term twice", "cm.medium_term_view(envelope, 1_000, '3%', [(2021, 10), ('2021-22', 10)])", "envelope.004"),
    ("medium term months differ", "cm.medium_term_view(envelope, 1_000, '3%', {cm.FinancialYear(2021, 1): 10})", "financial_year.004"),
    ("medium term bad money", "cm.medium_term_view(envelope, '£x', '3%')", "money.002"),
    ("medium term bad rate", "cm.medium_term_view(envelope, 1, '3 per cent')", "rate.001"),
    ("commitment annual negative", "cm.Commitment.annual('x', 'y', '-£1', cm.FinancialYear(2021))", "envelope.002"),
    ("commitment per_year twice", "cm.Commitment.per_year('x', 'y', [(2021, 1), (2021, 2)])", "envelope.001"),
    ("commitment per_year negative", "cm.Commitment.per_year('x', 'y', {2021: -1})", "envelope.002"),
    ("commitment start month", "cm.Commitment.of(kent, start_month=0)", "financial_year.002"),
    ("assess months differ", "cm.assess(envelope, [cm.Commitment.of(kent, start_month=1)])", "financial_year.004"),
    ("portfolio negative cost", "portfolio.add('NEET', 'x', '-£1')", "portfolio.002"),
    ("portfolio no service", "portfolio.service_total('nothing')", "portfolio.003"),
    ("portfolio bad money", "portfolio.add('NEET', 'x', '£1.001')", "money.003"),
    ("proposal unknown service", "cm.apply_changes(portfolio, [cm.PortfolioChange.end('nothing', '2021-04-01')])", "proposal.001"),
    # ---------------------------------------------------------------- procurement
    ("threshold csv empty", "cm.ThresholdTable.from_csv('')", "procurement.001"),
    ("threshold csv header only", "cm.ThresholdTable.from_csv('a,b,c,d,e,f\\n')", "procurement.001"),
    ("threshold csv five fields", "cm.ThresholdTable.from_csv('h\\npcr_2015,works,2022-01-01,£1,yes\\n')", "procurement.001"),
    ("threshold csv bad regime", "cm.ThresholdTable.from_csv('h\\nold,works,2022-01-01,£1,yes,s\\n')", "procurement.001"),
    ("threshold csv bad date", "cm.ThresholdTable.from_csv('h\\npcr_2015,works,2022-02-30,£1,yes,s\\n')", "procurement.001"),
    ("threshold csv bad money", "cm.ThresholdTable.from_csv('h\\npcr_2015,works,2022-01-01,£1€,yes,s\\n')", "procurement.001"),
    ("threshold csv bad vat", "cm.ThresholdTable.from_csv('h\\npcr_2015,works,2022-01-01,£1,maybe,s\\n')", "procurement.001"),
    ("threshold csv negative", "cm.ThresholdTable.from_csv('h\\npcr_2015,works,2022-01-01,-£1,yes,s\\n')", "procurement.001"),
    ("threshold csv twice", "cm.ThresholdTable.from_csv('h\\npcr_2015,works,2022-01-01,£1,yes,s\\npcr_2015,works,2022-01-01,£2,yes,s\\n')", "procurement.001"),
    ("threshold csv NUL", "cm.ThresholdTable.from_csv('h\\npcr_2015,works\\x00,2022-01-01,£1,yes,s\\n')", "procurement.001"),
    ("threshold csv unclosed quote", "cm.ThresholdTable.from_csv('h\\n\"pcr_2015,works,2022-01-01,£1,yes,s\\n')", "procurement.001"),
    ("threshold read missing", "cm.ThresholdTable.read_csv('/nonexistent/thresholds.csv')", "procurement.008"),
    ("threshold read directory", "cm.ThresholdTable.read_csv('/')", "procurement.008"),
    ("threshold read NUL name", "cm.ThresholdTable.read_csv('a\\x00b.csv')", "procurement.008"),
    ("threshold rows twice", "cm.ThresholdTable([('pcr_2015', 'works', '2022-01-01', 1, True, 's')] * 2)", "procurement.001"),
    ("threshold rows none", "cm.ThresholdTable([])", "procurement.001"),
    ("threshold rows bad type", "cm.ThresholdTable([('pcr_2015', 'gardens', '2022-01-01', 1, True, 's')])", "procurement.002"),
    ("threshold lookup none", "table.lookup('pcr_2015', 'sub_central_goods_services', '1990-01-01')", "procurement.003"),
    ("regime before PCR", "cm.regime_on('2014-01-01')", "procurement.004"),
    ("regime bad date", "cm.regime_on('2014-13-01')", "date.001"),
    ("assess procurement negative", "cm.assess_procurement('-£1', start='2021-01-01')", "procurement.005"),
    ("assess procurement negative VAT", "cm.assess_procurement('£1', start='2021-01-01', vat_rate='-1%')", "procurement.005"),
    ("assess procurement bad category", "cm.assess_procurement('£1', start='2021-01-01', category='gardens')", "procurement.002"),
    ("assess procurement bad authority", "cm.assess_procurement('£1', start='2021-01-01', authority='parish')", "procurement.002"),
    ("assess procurement bad vat", "cm.assess_procurement('£1', start='2021-01-01', vat='sometimes')", "procurement.002"),
    ("assess procurement no start", "cm.assess_procurement('£1')", "procurement.007"),
    ("assess procurement before PCR", "cm.assess_procurement('£1', start='2014-01-01')", "procurement.004"),
    ("teckal share over 100%", "cm.check_teckal(control_similar_to_own_departments=True, activity_share='120%')", "procurement.006"),
    ("teckal share negative", "cm.check_teckal(control_similar_to_own_departments=True, activity_share='-1%')", "procurement.006"),
    ("teckal bad regime", "cm.check_teckal(control_similar_to_own_departments=True, activity_share='90%', regime='eu')", "procurement.002"),
    ("assess modification no modification", "cm.assess_modification(kent, 1, regime='pcr_2015', type='sub_central_goods_services', decided_on='2019-01-01')", "contract.001"),
    ("key decision negative", "cm.KeyDecisionRule('Kent', amount='-£1')", "key_decision.001"),
    ("key decision share without head", "cm.is_key_decision(cm.KeyDecisionRule('Kent', budget_share='1%'), '£1')", "key_decision.002"),
    ("key decision negative value", "cm.is_key_decision(rule, '-£1')", "key_decision.001"),
    # ---------------------------------------------------------------- optimism bias
    ("optimism bias bad type", "cm.optimism_bias('rockets', 'works_duration')", "optimism_bias.001"),
    ("optimism bias bad measure", "cm.optimism_bias('standard_buildings', 'vibes')", "optimism_bias.001"),
    ("optimism bias bad bound", "cm.optimism_bias('standard_buildings', 'capital_expenditure', 'middle')", "optimism_bias.001"),
    ("optimism bias mitigate over 100%", "cm.mitigate_optimism_bias('24%', '120%')", "optimism_bias.005"),
    ("optimism bias mitigate negative", "cm.mitigate_optimism_bias('24%', '-1%')", "optimism_bias.005"),
    ("optimism bias blend empty", "cm.blend_optimism_bias({}, 'capital_expenditure')", "optimism_bias.004"),
    ("optimism bias blend not 100%", "cm.blend_optimism_bias({'standard_buildings': '50%'}, 'capital_expenditure')", "optimism_bias.004"),
    # ---------------------------------------------------------------- discounting
    ("discount factor year -1", "GB.exact_factor(-1)", "discounting.003"),
    ("discount factor year 2**31-1", "GB.exact_factor(2**31 - 1)", "discounting.004"),
    ("discount factor year 2**40", "GB.exact_factor(2**40)", "argument.001"),
    ("discount rate year 0", "GB.rate_for_year(0)", "discounting.003"),
    ("discount factors -1", "GB.factors(-1)", "discounting.004"),
    ("discount factors 10**9", "GB.factors(10**9)", "discounting.004"),
    ("discount exact_factors 1001", "GB.exact_factors(1001)", "discounting.004"),
    ("discount factors 2**64", "GB.factors(2**64)", "argument.001"),
    ("annuity factor -1", "cm.annuity_factor(GB, -1)", "discounting.004"),
    ("annuity factor 10**6", "cm.annuity_factor(GB, 10**6)", "discounting.004"),
    ("present value too many years", "cm.present_value(GB, ['£1'] * 1001)", "discounting.004"),
    ("present value bad money", "cm.present_value(GB, ['£1€'])", "money.002"),
    ("discount schedule no bands", "cm.DiscountSchedule('x', 's', {})", "discounting.001"),
    ("discount schedule first band", "cm.DiscountSchedule('x', 's', {1: '3%'})", "discounting.001"),
    ("discount schedule -100%", "cm.DiscountSchedule('x', 's', {0: '-100%'})", "discounting.001"),
    ("discount schedule named", "cm.DiscountSchedule.named('green-book-2003')", "discounting.002"),
    ("discount schedule named NUL", "cm.DiscountSchedule.named('green-book-2022\\x00')", "discounting.002"),
    ("deflator empty", "cm.Deflator('x', {})", "deflator.001"),
    ("deflator zero index", "cm.Deflator('x', {2021: 0})", "deflator.001"),
    ("deflator missing year", "cm.Deflator('x', {2021: 100}).to_real('£1', 2022, 2021)", "deflator.002"),
    # ---------------------------------------------------------------- appraisal
    ("line negative annual", "cm.AppraisalLine.recurring('x', 'cost', 'staff', '-£1', '2022-23', '2026-27')", "option.003"),
    ("line bad kind", "cm.AppraisalLine.recurring('x', 'gift', 'staff', '£1', '2022-23', '2026-27')", "option.001"),
    ("line bad category", "cm.AppraisalLine.recurring('x', 'cost', 'snacks', '£1', '2022-23', '2026-27')", "option.001"),
    ("line backwards years", "cm.AppraisalLine.recurring('x', 'cost', 'staff', '£1', '2026-27', '2022-23')", "financial_year.005"),
    ("option bad kind", "cm.Option('x', 'magic')", "option.001"),
    ("option duplicate line", "option.add(cm.AppraisalLine.recurring('Staff', 'cost', 'staff', '£1', '2022-23', '2026-27'))", "option.002"),
    ("option no such line", "option.line('Nothing')", "option.006"),
    ("settings years 0", "cm.Appraisal('x', [option], base_year='2022-23', years=0)", "appraisal.001"),
    ("settings years 501", "cm.Appraisal('x', [option], base_year='2022-23', years=501)", "appraisal.001"),
    ("settings years 2**40", "cm.AppraisalSettings('2022-23', 2**40)", "argument.001"),
    ("settings bad basis", "cm.AppraisalSettings('2022-23', 5, 'imaginary')", "name.001"),
    ("appraisal no options", "cm.Appraisal('x', [], base_year='2022-23', years=5)", "appraisal.002"),
    ("appraisal duplicate option", "cm.Appraisal('x', [option, option], base_year='2022-23', years=5)", "appraisal.003"),
    ("appraisal years 2**31", "cm.Appraisal('x', [option], base_year='2022-23', years=2**31)", "argument.001"),
    ("sensitivity bad metric", "cm.one_way_sensitivity(appraisal, [], metric='mood')", "name.001"),
    ("sensitivity bad change", "cm.one_way_sensitivity(appraisal, [], change='x')", "rate.001"),
    ("mcda no criteria", "cm.MultiCriteria({}, ['a'], [[]])", "mcda.001"),
    ("mcda negative weight", "cm.MultiCriteria({'cost': -1.0}, ['a'], [[1.0]])", "mcda.005"),
    ("mcda NaN weight", "cm.MultiCriteria({'cost': float('nan')}, ['a'], [[1.0]])", "mcda.004"),
    ("mcda duplicate criterion", "cm.MultiCriteria([('cost', 1.0), ('cost', 2.0)], ['a'], [[1.0, 1.0]])", "mcda.002"),
    # ---------------------------------------------------------------- reports
    ("column number decimals 2**31-1", "cm.Column.number('x', 2**31 - 1)", "money.009"),
    ("column number decimals -1", "cm.Column.number('x', -1)", "money.009"),
    ("column number decimals 1000", "cm.Column.number('x', 1000)", "money.009"),
    ("column number decimals 2**40", "cm.Column.number('x', 2**40)", "argument.001"),
    ("column percent decimals -1", "cm.Column.percent('x', -1)", "money.009"),
    ("column percent decimals 19", "cm.Column.percent('x', 19)", "money.009"),
    ("column money decimals -3", "cm.Column.money('x', decimals=-3)", "money.009"),
    ("column money decimals 19", "cm.Column.money('x', decimals=19)", "money.009"),
    ("column money decimals 2**40", "cm.Column.money('x', decimals=2**40)", "argument.001"),
    ("column money bad unit", "cm.Column.money('x', unit='yen')", "name.001"),
    ("table no columns", "cm.Table('x', [])", "report.001"),
    ("table row too short", "cm.Table('x', [cm.Column.text('a'), cm.Column.text('b')]).add_row(['only'])", "report.001"),
    ("table wrong cell", "cm.Table('x', [cm.Column.money('a')]).add_row([cm.Rate('1%')])", "report.002"),
    ("table NaN cell", "cm.Table('x', [cm.Column.number('a')]).add_row([float('nan')])", "report.002"),
    ("table subtotal closes nothing", "cm.Table('x', [cm.Column.text('a'), cm.Column.money('b')]).add_subtotal('s')", "report.003"),
    ("table text width 39", "cm.Table('x', [cm.Column.text('a')]).to_text(width=39)", "report.005"),
    ("table text width 2**40", "cm.Table('x', [cm.Column.text('a')]).to_text(width=2**70)", "argument.001"),
    ("table csv values", "cm.Table('x', [cm.Column.text('a')]).to_csv(values='roman')", "name.001"),
    # ---------------------------------------------------------------- scenario text
    ("scenario not TOML", "cm.Scenario.from_toml('= 1')", "scenario.001"),
    ("scenario NUL", "cm.Scenario.from_toml('service = \"a\\x00b\"')", "scenario.001"),
    ("scenario unknown key", "cm.Scenario.from_toml('servise = \"x\"')", "scenario.002"),
    ("scenario wrong type", "cm.Scenario.from_toml('service = 1')", "scenario.003"),
    ("scenario deep", "cm.Scenario.from_toml('a' + '.a' * 100 + ' = 1')", "scenario.014"),
    ("scenario deep arrays", "cm.Scenario.from_toml('a = ' + '[' * 100 + ']' * 100)", "scenario.014"),
    ("scenario too big", "cm.Scenario.from_toml('#' * (16 << 20) + '\\n')", "scenario.015"),
    ("scenario private use", "cm.Scenario.from_toml('service = \"\\ue000\"')", "scenario.001"),
    ("load_scenario missing", "cm.load_scenario('/nonexistent.toml')", "scenario.010"),
    ("load_scenario directory", "cm.load_scenario('/')", "scenario.016"),
    ("load_scenario NUL", "cm.load_scenario('a\\x00b.toml')", "scenario.010"),
    ("load_scenario device", "cm.load_scenario('/dev/zero')", "scenario.016"),
]

# Cases reaching a value the C++ library refuses through the scenario loader, each a TOML
# fragment appended to a valid contract file; the id and the field must be named.
CONTRACT_FILE = CONTRACT_2016.read_text(encoding="utf-8")
SCENARIO_CASES = [
    ("scenario contract empty name", 'name = "Young Carers Support Service"', 'name = ""', "contract.016", "contracts[0]: a contract needs a name"),
    ("scenario contract bad money", 'annual_value = "£325,484"', 'annual_value = "£325,484€"', "money.002", "contracts[0].annual_value"),
    ("scenario contract fullwidth money", 'annual_value = "£325,484"', 'annual_value = "１２３"', "money.002", "contracts[0].annual_value"),
    ("scenario contract bad term", 'term = "3+1+1"', 'term = "３+1+1"', "term.001", "contracts[0].term"),
    ("scenario contract bad start", 'start = "1 May 2016"', 'start = "30 February 2016"', "date.002", "contracts[0].start"),
    ("scenario contract option word", 'options = ["exercised", "exercised"]', 'options = ["maybe", "exercised"]', "scenario.011", "contracts[0].options[0]"),
    ("scenario contract modification ground", 'ground = "72(1)(c)"', 'ground = "72(1)(z)"', "contract.012", "contracts[0].modifications[0].ground"),
    ("scenario contract modification months", "months = 12", "months = 1.5", "scenario.003", "contracts[0].modifications[0].months"),
    ("scenario contract modification huge", "months = 12", "months = 9223372036854775807", "scenario.012",
     "contracts[0].modifications[0].months: 9223372036854775807 is out of range"),
    ("scenario procurement category", 'category = "light touch services"', 'category = "gardens"', "scenario.011", "contracts[0].procurement.category"),
    ("scenario procurement start", 'procurement_start = "1 January 2016"', 'procurement_start = "1 January 2014"', "procurement.004", "contracts[0].procurement"),
    ("scenario key decision negative", 'amount = "£1,000,000"', 'amount = "-£1"', "key_decision.001",
     "authority.key_decision: Kent County Council's rule: a key-decision amount cannot be negative, got -£1.00"),
    ("scenario year start", 'financial_year_start = "April"', 'financial_year_start = "Smarch"', "scenario.011", "authority.financial_year_start"),
]


def _check_error(error: BaseException, expected: str) -> None:
    assert isinstance(error, cm.Error), f"{type(error).__name__} without an id: {error!r}"
    message = str(error)  # must not raise: valid UTF-8 was decoded
    assert error.id == f"commissioning.{expected}", message
    assert f"[commissioning.{expected}]" in message, message
    assert "\n" not in message and "\x00" not in message, repr(message)
    message.encode("utf-8")  # no lone surrogate from a byte that was not UTF-8


@pytest.mark.parametrize(("label", "call", "expected"), CASES, ids=[case[0] for case in CASES])
def test_bad_input_gets_its_id(label, call, expected):
    namespace = fixtures()
    with pytest.raises(Exception) as caught:
        exec(call, namespace)
    _check_error(caught.value, expected)


def test_the_battery_is_large():
    assert len(CASES) + len(SCENARIO_CASES) + len(CLI_CASES) >= 300


def test_the_messages_quote_the_whole_character_not_one_byte():
    # Once UnicodeDecodeError: the message quoted the first byte of a multi-byte character.
    for text, shown in (("１２３", "'１'"), ("12\u00a0345", "'\u00a0'"), ("£1,000€", "'€'")):
        with pytest.raises(cm.InvalidInputError) as caught:
            cm.Money(text)
        assert f"unexpected character {shown}" in str(caught.value)
    with pytest.raises(cm.InvalidInputError, match="unexpected character '３'"):
        cm.Term("３+1")
    # A NUL once cut the message short at "cannot read '5".
    with pytest.raises(cm.InvalidInputError) as caught:
        cm.Money("5\x00abc")
    assert str(caught.value) == "[commissioning.money.002] cannot read '5\\u0000abc' as money: unexpected character '\\u0000'"


def test_large_integers_get_an_id_and_the_value_not_a_signature_dump():
    with pytest.raises(cm.OutOfRangeError) as caught:
        cm.add_months(datetime.date(2020, 1, 1), 2**31)
    assert str(caught.value) == (
        "[commissioning.argument.001] the integer 2147483648 is out of range: expected an integer from "
        "-2147483648 to 2147483647")
    with pytest.raises(cm.OutOfRangeError, match=r"an integer of 4001 bits is out of range"):
        cm.Term(2**4000)
    # Floats and Decimals are refused as integers, not truncated (1.9 once read as 1).
    for value in (1.9, decimal.Decimal("1.9")):
        with pytest.raises(TypeError):
            cm.add_months("2020-01-01", value)


def test_overflow_names_both_operands():
    with pytest.raises(cm.MoneyOverflowError) as caught:
        cm.Money.from_pence(2**62).multiply("400%")
    assert str(caught.value) == ("[commissioning.money.005] £46,116,860,184,273,879.04 times 4 does not fit in 64-bit "
                                 "pence")
    with pytest.raises(cm.MoneyOverflowError, match=r"£46,116,860,184,273,879.04 divided by 0.01 does not fit"):
        cm.Money.from_pence(2**62).divide("1%")


# ---------------------------------------------------------------- scenario files


@pytest.mark.parametrize(("label", "old", "new", "expected", "field"), SCENARIO_CASES,
                         ids=[case[0] for case in SCENARIO_CASES])
def test_bad_scenario_values_are_located(label, old, new, expected, field):
    assert old in CONTRACT_FILE
    with pytest.raises(cm.InvalidInputError) as caught:
        cm.Scenario.from_toml(CONTRACT_FILE.replace(old, new, 1), "bad.toml")
    _check_error(caught.value, expected)
    assert str(caught.value).startswith("bad.toml:"), str(caught.value)
    assert field in str(caught.value)


# ---------------------------------------------------------------- the command line, batched

# (label, args, exit code, the start of the first line of standard error). FILE is replaced by
# a scenario written for the case, from `CLI_FILES`.
CLI_FILES = {
    "bad-money": CONTRACT_FILE.replace('annual_value = "£325,484"', 'annual_value = "£325,484€"'),
    "empty-name": CONTRACT_FILE.replace('name = "Young Carers Support Service"', 'name = ""'),
    "bad-term": CONTRACT_FILE.replace('term = "3+1+1"', 'term = "３+1+1"'),
    "deep": "a" + ".a" * 40_000 + " = 1\n",
    "not-toml": "= 1\n",
    "nul": 'service = "a\x00b"\n',
    "unknown-key": 'servise = "x"\n',
    "early-option": CONTRACT_FILE.replace('options = ["exercised", "exercised"]', 'options = ["declined", "exercised"]'),
    "valid": CONTRACT_FILE,
    "kent": KENT.read_text(encoding="utf-8"),
    "bom": "\ufeff" + CONTRACT_FILE,
    "huge": "#" * (16 << 20) + "\n",
}
CLI_CASES = []
for command in ("validate", "appraise", "profile", "check", "simulate"):
    CLI_CASES += [
        (f"{command} missing file", [command, "/nonexistent.toml"], 1, "/nonexistent.toml: [commissioning.scenario.010]"),
        (f"{command} directory", [command, "/"], 1, "/: [commissioning.scenario.016]"),
        (f"{command} device", [command, "/dev/zero"], 1, "/dev/zero: [commissioning.scenario.016]"),
        (f"{command} bad money", [command, "FILE:bad-money"], 1, "FILE:19:16: [commissioning.money.002] contracts[0].annual_value"),
        (f"{command} empty name", [command, "FILE:empty-name"], 1, "FILE:14:1: [commissioning.contract.016] contracts[0]: a contract needs a name"),
        (f"{command} bad term", [command, "FILE:bad-term"], 1, "FILE:18:8: [commissioning.term.001] contracts[0].term"),
        (f"{command} deep key", [command, "FILE:deep"], 1, "FILE:1:128: [commissioning.scenario.014]"),
        (f"{command} not TOML", [command, "FILE:not-toml"], 1, "FILE:1:1: [commissioning.scenario.001]"),
        (f"{command} NUL", [command, "FILE:nul"], 1, "FILE:1:"),
        (f"{command} unknown key", [command, "FILE:unknown-key"], 1, "FILE:1:1: [commissioning.scenario.002]"),
        (f"{command} option after decline", [command, "FILE:early-option"], 1, "FILE:14:1: [commissioning.contract.003] contracts[0]: option 2 has already been declined"),
        (f"{command} too big", [command, "FILE:huge"], 1, "FILE: [commissioning.scenario.015]"),
        (f"{command} no file", [command], 2, ""),
    ]
for command in ("appraise", "profile", "check", "simulate"):
    CLI_CASES += [
        (f"{command} width 39", [command, "FILE:kent", "--width", "39"], 2, "[commissioning.scenario.012] --width: 39"),
        (f"{command} width 2**64", [command, "FILE:kent", "--width", str(2**64)], 2, "[commissioning.scenario.012] --width:"),
        (f"{command} width words", [command, "FILE:kent", "--width", "wide"], 2, "[commissioning.scenario.003] --width: expected a whole number, got 'wide'"),
        (f"{command} bad format", [command, "FILE:kent", "--format", "pdf"], 2, ""),
        (f"{command} out to a directory", [command, "FILE:kent", "--out", "/"], 1, "[commissioning.scenario.017] cannot write '/'"),
        (f"{command} out to a missing folder", [command, "FILE:kent", "--out", "/nonexistent/x.txt"], 1,
         "[commissioning.scenario.017] cannot write '/nonexistent/x.txt': No such file or directory"),
    ]
CLI_CASES += [
    ("simulate iterations 0", ["simulate", "FILE:valid", "--iterations", "0"], 2, "[commissioning.scenario.012] --iterations: 0"),
    ("simulate iterations 2**64", ["simulate", "FILE:valid", "--iterations", str(2**64)], 2, "[commissioning.scenario.012] --iterations:"),
    ("simulate seed -1", ["simulate", "FILE:valid", "--seed", "-1"], 2, "[commissioning.scenario.012] --seed: -1"),
    ("simulate threads 0", ["simulate", "FILE:valid", "--threads", "0"], 2, "[commissioning.scenario.012] --threads: 0"),
    ("simulate threads words", ["simulate", "FILE:valid", "--threads", "many"], 2, "[commissioning.scenario.003] --threads: expected a whole number, got 'many'"),
    ("appraise no options", ["appraise", "FILE:valid"], 1, "FILE: [commissioning.scenario.008]"),
    ("simulate no options", ["simulate", "FILE:valid"], 1, "FILE: [commissioning.scenario.008]"),
    ("unknown command", ["frobnicate"], 2, ""),
    ("no command", [], 2, ""),
    ("unknown option", ["validate", "FILE:valid", "--colour"], 2, ""),
]

# Runs every command-line case in one child process: each call's standard error is caught at
# the file descriptor (the C++ program writes to it directly) and sent back as one JSON list.
CLI_RUNNER = textwrap.dedent("""
    import json, os, sys, tempfile
    import commissioning as cm
    results = []
    for args in json.load(sys.stdin):
        with tempfile.TemporaryFile() as err, tempfile.TemporaryFile() as out:
            saved = os.dup(1), os.dup(2)
            os.dup2(out.fileno(), 1)
            os.dup2(err.fileno(), 2)
            try:
                status = cm.run_command_line(args)
            finally:
                os.dup2(saved[0], 1)
                os.dup2(saved[1], 2)
                os.close(saved[0]); os.close(saved[1])
            err.seek(0)
            results.append([status, err.read().decode("utf-8")])
    print(json.dumps(results))
""")


@pytest.fixture(scope="module")
def cli_results(tmp_path_factory):
    import json

    folder = tmp_path_factory.mktemp("cli")
    files = {}
    for name, text in CLI_FILES.items():
        files[name] = folder / f"{name}.toml"
        files[name].write_bytes(text.encode("utf-8"))
    calls = [[files[a[5:]].as_posix() if a.startswith("FILE:") else a for a in args] for _, args, _, _ in CLI_CASES]
    run = subprocess.run([sys.executable, "-c", CLI_RUNNER], input=json.dumps(calls), capture_output=True, text=True,
                         timeout=300, check=False, cwd=folder)
    assert run.returncode == 0, run.stderr[-2000:]
    results = json.loads(run.stdout)
    return {label: (status, err, files) for (label, *_), (status, err) in zip(CLI_CASES, results, strict=True)}


@pytest.mark.parametrize(("label", "args", "status", "first_line"), CLI_CASES, ids=[case[0] for case in CLI_CASES])
def test_the_command_line_refuses_bad_input_with_the_exit_code_and_location(cli_results, label, args, status,
                                                                            first_line):
    got_status, err, files = cli_results[label]
    file = next((files[a[5:]].as_posix() for a in args if a.startswith("FILE:")), "")
    assert got_status == status, err
    assert err.startswith(first_line.replace("FILE", file)), err
    if first_line:
        assert err.count("\n") == 1, err  # one line


# ---------------------------------------------------------------- crash cases, replayed in a child

# Each once killed the interpreter or hung. They run in one child process; a crash or hang is a
# failed test here, and the child's output says which case it reached.
CRASH_CASES = [
    ("dotted key of 40,000 parts", "cm.Scenario.from_toml('a' + '.a' * 39999 + ' = 1')", "scenario.014"),
    ("table header of 40,000 parts", "cm.Scenario.from_toml('[' + 'a.' * 39999 + 'a]')", "scenario.014"),
    ("arrays nested 100,000 deep", "cm.Scenario.from_toml('a = ' + '[' * 100000)", "scenario.014"),
    ("inline tables nested 50,000 deep", "cm.Scenario.from_toml('a = ' + '{b = ' * 50000)", "scenario.014"),
    ("/dev/zero", "cm.load_scenario('/dev/zero')", "scenario.016"),
    ("split into 2**40 parts", "cm.split('£1', 2**40)", "allocation.004"),
    ("10**9 discount factors", "cm.DiscountSchedule.green_book_2022().factors(10**9)", "discounting.004"),
    ("exact factor of year 2**31-1", "cm.DiscountSchedule.green_book_2022().exact_factor(2**31 - 1)", "discounting.004"),
    ("column of 2**31-1 decimals", "cm.Column.number('x', 2**31 - 1)", "money.009"),
    ("money of 100,000 digits", "cm.Money('9' * 100000)", "money.005"),
    ("rate of 100,000 digits", "cm.Rate('9' * 100000)", "rate.001"),
    ("term of 100,000 characters", "cm.Term('1+' * 50000)", "term.001"),
    # Once a check of every pair of rows: 50,000 rows took minutes before the last one was refused.
    ("threshold table of 50,000 rows", "import datetime; cm.ThresholdTable.from_csv('h\\n' + ''.join("
     "f'pcr_2015,works,{datetime.date.fromordinal(730000 + i)},£1,yes,s\\n' for i in range(50000)) + 'bad\\n')",
     "procurement.001"),
]
CRASH_RUNNER = textwrap.dedent("""
    import sys
    import commissioning as cm
    for label, call in {cases!r}:
        print(label, end=": ", flush=True)
        try:
            exec(call)
            print("no error", flush=True)
        except cm.Error as e:
            print(e.id, flush=True)
        except Exception as e:
            print(type(e).__name__, flush=True)
""")


def test_the_crash_cases_are_refused_with_their_ids_in_a_child_process():
    cases = [(label, call) for label, call, _ in CRASH_CASES]
    run = subprocess.run([sys.executable, "-c", CRASH_RUNNER.format(cases=cases)], capture_output=True, text=True,
                         timeout=300, check=False)
    assert run.returncode == 0, run.stdout + run.stderr[-2000:]
    expected = "".join(f"{label}: commissioning.{error}\n" for label, _, error in CRASH_CASES)
    assert run.stdout == expected
