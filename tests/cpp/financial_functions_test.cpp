// financial functions: numpy-financial 1.1.0's own test cases (tests/test_financial.py, the
// float cases, with its expected values and tolerances), Microsoft's documented examples for
// XNPV, XIRR and NPV, and the errors for input numpy-financial would carry silently into a
// result. Decimal cases have no counterpart: these functions are on `double`.
#include <commissioning/fin/broadcast.hpp>
#include <commissioning/fin/financial_functions.hpp>

#include <gtest/gtest.h>

#include "fails_with.hpp"
#include "fin/formula_passes.hpp"
#include "fin/natural_logs.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <iterator>
#include <random>
#include <limits>
#include <string_view>
#include <vector>

namespace {

using namespace commissioning;
using fin::payment_timing;

constexpr auto begin = payment_timing::begin;
constexpr auto end = payment_timing::end;
constexpr double nan = std::numeric_limits<double>::quiet_NaN();
constexpr double inf = std::numeric_limits<double>::infinity();

/// numpy.testing.assert_allclose: |actual - desired| <= atol + rtol * |desired|.
testing::AssertionResult close_to(double actual, double desired, double rtol, double atol = 0.0) {
  if (std::abs(actual - desired) <= atol + rtol * std::abs(desired)) return testing::AssertionSuccess();
  return testing::AssertionFailure() << actual << " is not within rtol " << rtol << ", atol " << atol << " of "
                                     << desired;
}

std::vector<date> dates(std::initializer_list<std::string_view> texts) {
  std::vector<date> result;
  for (const auto text : texts) result.push_back(parse_date(text));
  return result;
}

// Microsoft's XNPV and XIRR example.
const std::vector<double> excel_values{-10000, 2750, 4250, 3250, 2750};
const std::vector<date> excel_dates =
    dates({"1 January 2008", "1 March 2008", "30 October 2008", "15 February 2009", "1 April 2009"});

// ---------------------------------------------------------------- numpy-financial: when

TEST(FinancialFunctionsTest, WhenReadsNumpyFinancialsNames) {
  EXPECT_EQ(fin::parse_payment_timing("end"), end);
  EXPECT_EQ(fin::parse_payment_timing("begin"), begin);
  EXPECT_EQ(fin::parse_payment_timing("e"), end);
  EXPECT_EQ(fin::parse_payment_timing("b"), begin);
  EXPECT_EQ(fin::parse_payment_timing("finish"), end);
  EXPECT_EQ(fin::parse_payment_timing("beginning"), begin);
  EXPECT_EQ(fin::parse_payment_timing("start"), begin);
  EXPECT_EQ(fin::parse_payment_timing("Begin"), begin);
  EXPECT_EQ(fin::payment_timing_from(0), end);
  EXPECT_EQ(fin::payment_timing_from(1), begin);
}

TEST(FinancialFunctionsTest, WhenGivenAsANumberOrANameGivesTheSameAnswer) {
  // numpy-financial TestFinancial.test_when
  EXPECT_EQ(fin::rate(10, 20, -3500, 10000, fin::payment_timing_from(1)),
            fin::rate(10, 20, -3500, 10000, fin::parse_payment_timing("begin")));
  EXPECT_EQ(fin::pv(0.07, 20, 12000, 0, fin::payment_timing_from(1)),
            fin::pv(0.07, 20, 12000, 0, fin::parse_payment_timing("begin")));
  EXPECT_EQ(fin::pmt(0.08 / 12, 5 * 12, 15000.0, 0, fin::payment_timing_from(0)), fin::pmt(0.08 / 12, 5 * 12, 15000.0));
  EXPECT_EQ(fin::nper(0.075, -2000, 0, 100000.0, fin::payment_timing_from(1)),
            fin::nper(0.075, -2000, 0, 100000.0, begin));
}

// ---------------------------------------------------------------- pv, fv, pmt

TEST(FinancialFunctionsTest, BroadcastArgumentsAreReadThroughTheirStrides) {
  // fv of a column of two rates against a row of three terms, payments every other element of
  // a longer array, the present value and the timing one value each: a 2 x 3 result.
  const std::array<double, 2> rates{0.05, 0.075};
  const std::array<double, 3> terms{10, 20, 30};
  const std::array<double, 6> payments{-100, 0, -200, 0, -300, 0};
  const double present = -1000;
  const double when = 1;
  const std::array<std::ptrdiff_t, 2> extent{2, 3};
  const std::array<const char*, 5> base{reinterpret_cast<const char*>(rates.data()),
                                        reinterpret_cast<const char*>(terms.data()),
                                        reinterpret_cast<const char*>(payments.data()),
                                        reinterpret_cast<const char*>(&present), reinterpret_cast<const char*>(&when)};
  const std::array<std::vector<std::ptrdiff_t>, 5> strides{{{8, 0}, {0, 8}, {0, 16}, {0, 0}, {0, 0}}};
  std::array<double, 6> out{};
  fin::for_each_broadcast_block<5>(extent, base, strides, out.data(), [](const auto& c, auto timing, auto result) {
    fin::fv(c[0], c[1], c[2], c[3], timing, result);
  });
  for (std::size_t r = 0; r < 2; ++r)
    for (std::size_t t = 0; t < 3; ++t)
      EXPECT_EQ(out[r * 3 + t], fin::fv(rates[r], terms[t], payments[2 * t], present, begin)) << r << ", " << t;
  // 5% over 10 years, 1,000 now and 100 a year in advance: 1,628.8946 + 1,320.6787.
  EXPECT_NEAR(out[0], 2949.5733, 1e-4);
}

TEST(FinancialFunctionsTest, BroadcastBlocksCoverLongRowsAndRefuseAnUnknownTiming) {
  // 600 rates against one term: three blocks, the scalars filled once.
  std::vector<double> rates(600);
  for (std::size_t i = 0; i < rates.size(); ++i) rates[i] = 0.0001 * static_cast<double>(i);
  const double term = 12, payment = -10, present = 0;
  double when = 0;
  const std::array<std::ptrdiff_t, 1> extent{600};
  std::array<const char*, 5> base{reinterpret_cast<const char*>(rates.data()), reinterpret_cast<const char*>(&term),
                                  reinterpret_cast<const char*>(&payment), reinterpret_cast<const char*>(&present),
                                  reinterpret_cast<const char*>(&when)};
  const std::array<std::vector<std::ptrdiff_t>, 5> strides{{{8}, {0}, {0}, {0}, {0}}};
  const auto fv_of = [](const auto& c, auto timing, auto result) { fin::fv(c[0], c[1], c[2], c[3], timing, result); };
  std::vector<double> out(600);
  fin::for_each_broadcast_block<5>(extent, base, strides, out.data(), fv_of);
  for (std::size_t i = 0; i < rates.size(); i += 97) EXPECT_EQ(out[i], fin::fv(rates[i], term, payment, present)) << i;
  EXPECT_EQ(out[0], 120.0);  // no interest: twelve payments of 10
  when = 0.5;
  EXPECT_TRUE(fails_with<std::invalid_argument>(
      [&] { fin::for_each_broadcast_block<5>(extent, base, strides, out.data(), fv_of); }, "commissioning.financial.004",
      "0.5"));
}

TEST(FinancialFunctionsTest, PvOfAnAnnuity) { EXPECT_TRUE(close_to(fin::pv(0.07, 20, 12000, 0), -127128.17, 1e-2)); }

TEST(FinancialFunctionsTest, PmtOfALoan) {
  EXPECT_TRUE(close_to(fin::pmt(0.08 / 12, 5 * 12, 15000), -304.145914, 1e-7));
  EXPECT_DOUBLE_EQ(fin::pmt(0.075 / 12, 12 * 15, 200000), -1854.0247200054619);  // numpy-financial's docstring
}

TEST(FinancialFunctionsTest, PmtAtAZeroRateSpreadsThePrincipalEvenly) {
  EXPECT_TRUE(close_to(fin::pmt(0.0, 5 * 12, 15000), -250.0, 1e-7));
}

TEST(FinancialFunctionsTest, PmtElementByElementAsNumpyFinancialBroadcasts) {
  // test_pmt_broadcast: rate [[0, 0.8], [0.3, 0.8]], nper [12, 3], pv [2000, 20000]
  EXPECT_TRUE(close_to(fin::pmt(0.0, 12, 2000), -166.66667, 1e-7));
  EXPECT_TRUE(close_to(fin::pmt(0.8, 3, 20000), -19311.258, 1e-7));
  EXPECT_TRUE(close_to(fin::pmt(0.3, 12, 2000), -626.90814, 1e-7));
}

TEST(FinancialFunctionsTest, FvAtTheEndAndTheBeginningOfEachPeriod) {
  EXPECT_TRUE(close_to(fin::fv(0.075, 20, -2000, 0, end), 86609.362673042924, 1e-10));
  EXPECT_TRUE(close_to(fin::fv(0.075, 20, -2000, 0, begin), 93105.064874, 1e-10));
  EXPECT_TRUE(close_to(fin::fv(0.075, 20, -2000, 0), 86609.362673, 1e-10));
  EXPECT_DOUBLE_EQ(fin::fv(0.05 / 12, 10 * 12, -100, -100), 15692.92889433575);  // docstring
}

TEST(FinancialFunctionsTest, FvBroadcastCases) {
  // test_broadcast: rate [[0.1], [0.2]], nper 5, pmt 100, pv 0, when [0, 1]
  EXPECT_TRUE(close_to(fin::fv(0.1, 5, 100, 0, end), -610.51, 1e-10));
  EXPECT_TRUE(close_to(fin::fv(0.1, 5, 100, 0, begin), -671.561, 1e-10));
  EXPECT_TRUE(close_to(fin::fv(0.2, 5, 100, 0, end), -744.16, 1e-10));
  EXPECT_TRUE(close_to(fin::fv(0.2, 5, 100, 0, begin), -892.992, 1e-10));
}

TEST(FinancialFunctionsTest, FvAtAZeroRateIsTheSumOfTheFlows) {
  EXPECT_TRUE(close_to(fin::fv(0, 5, 100, 0), -500, 1e-10));
  EXPECT_TRUE(close_to(fin::fv(0.1, 5, 100, 0), -610.51, 1e-10));
}

// ---------------------------------------------------------------- ipmt, ppmt

TEST(FinancialFunctionsTest, IpmtOfTheFirstPeriod) {
  EXPECT_TRUE(close_to(fin::ipmt(0.1 / 12, 1, 24, 2000), -16.666667, 1e-6));
  EXPECT_TRUE(close_to(fin::ipmt(0.1 / 12, 1, 24, 2000, 0, end), -16.666667, 1e-6));
}

TEST(FinancialFunctionsTest, IpmtIsZeroForTheFirstPaymentAtTheBeginning) {
  EXPECT_EQ(fin::ipmt(0.1 / 12, 1, 24, 2000, 0, begin), 0.0);
}

TEST(FinancialFunctionsTest, IpmtOfAMortgagePaidAtTheBeginning) {
  // test_gh_17
  const double rate = 0.001988079518355057;
  EXPECT_TRUE(std::isnan(fin::ipmt(rate, 0, 360, 300000, 0, begin)));
  EXPECT_EQ(fin::ipmt(rate, 1, 360, 300000, 0, begin), 0.0);
  EXPECT_TRUE(close_to(fin::ipmt(rate, 2, 360, 300000, 0, begin), -594.107158, 1e-6));
  EXPECT_TRUE(close_to(fin::ipmt(rate, 3, 360, 300000, 0, begin), -592.971592, 1e-6));
}

TEST(FinancialFunctionsTest, IpmtIsNanBeforeTheFirstPeriod) {
  // test_broadcasting: per 0..4
  const std::vector<double> desired{nan, -16.66666667, -16.03647345, -15.40102862, -14.76028842};
  EXPECT_TRUE(std::isnan(fin::ipmt(0.1 / 12, 0, 24, 2000)));
  for (int per = 1; per < 5; ++per) EXPECT_TRUE(close_to(fin::ipmt(0.1 / 12, per, 24, 2000), desired[per], 1e-6));
}

TEST(FinancialFunctionsTest, PpmtOfTheFirstPeriod) {
  EXPECT_TRUE(close_to(fin::ppmt(0.1 / 12, 1, 60, 55000), -710.25, 1e-4));
  EXPECT_TRUE(close_to(fin::ppmt(0.1 / 12, 1, 60, 55000, 0, begin), -1158.929712, 1e-9));
  EXPECT_TRUE(close_to(fin::ppmt(0.1 / 12, 1, 60, 55000, 0, end), -710.254126, 1e-9));
}

TEST(FinancialFunctionsTest, PpmtIsNanForPeriodZero) { EXPECT_TRUE(std::isnan(fin::ppmt(0.1 / 12, 0, 60, 15000))); }

TEST(FinancialFunctionsTest, PpmtBroadcastCases) {
  const std::vector<double> at_end{-75.62318601, -76.25337923, -76.88882405, -77.52956425};
  for (int per = 1; per < 5; ++per)
    EXPECT_TRUE(close_to(fin::ppmt(0.1 / 12, per, 24, 2000, 0), at_end[per - 1], 1e-5));
  // when [0, 1, "end", "begin"] against per 1..4
  EXPECT_TRUE(close_to(fin::ppmt(0.1 / 12, 1, 24, 2000, 0, end), -75.62318601, 1e-5));
  EXPECT_TRUE(close_to(fin::ppmt(0.1 / 12, 2, 24, 2000, 0, begin), -75.62318601, 1e-5));
  EXPECT_TRUE(close_to(fin::ppmt(0.1 / 12, 3, 24, 2000, 0, end), -76.88882405, 1e-5));
  EXPECT_TRUE(close_to(fin::ppmt(0.1 / 12, 4, 24, 2000, 0, begin), -76.88882405, 1e-5));
}

TEST(FinancialFunctionsTest, IpmtAndPpmtAddUpToPmt) {
  for (int per = 1; per <= 12; ++per)
    EXPECT_TRUE(close_to(fin::ipmt(0.0824 / 12, per, 12, 2500) + fin::ppmt(0.0824 / 12, per, 12, 2500),
                         fin::pmt(0.0824 / 12, 12, 2500), 1e-12));
}

// ---------------------------------------------------------------- nper

TEST(FinancialFunctionsTest, NperBasicValues) {
  EXPECT_TRUE(close_to(fin::nper(0, -2000, 0, 100000), 50, 1e-5));
  EXPECT_TRUE(close_to(fin::nper(0.075, -2000, 0, 100000), 21.544944, 1e-5));
}

TEST(FinancialFunctionsTest, NperWithoutPayments) {
  // test_gh_18
  EXPECT_TRUE(close_to(fin::nper(0.1, 0, -500, 1500), 11.52670461, 1e-7));
}

TEST(FinancialFunctionsTest, NperIsInfiniteWithNeitherRateNorPayment) {
  EXPECT_EQ(fin::nper(0, -0.0, 1000), inf);
}

TEST(FinancialFunctionsTest, NperWithoutInterest) { EXPECT_EQ(fin::nper(0, -100, 1000), 10); }

TEST(FinancialFunctionsTest, NperAtTheEndAndTheBeginning) {
  EXPECT_TRUE(close_to(fin::nper(0.075, -2000, 0, 100000.0, end), 21.5449442, 1e-4));
  EXPECT_TRUE(close_to(fin::nper(0.075, -2000, 0, 100000.0, begin), 20.76156441, 1e-4));
}

TEST(FinancialFunctionsTest, NperIsNanWhereNumpyFinancialDividesByZero) {
  // pv + z == 0: the payment only ever pays the interest.
  EXPECT_TRUE(std::isnan(fin::nper(0.1, -100, 1000)));
  // 1 + rate rounds to 1, so log(1 + rate) is 0.
  EXPECT_TRUE(std::isnan(fin::nper(1e-20, -100, 1000)));
  EXPECT_TRUE(std::isnan(fin::nper(-1, -100, 1000)));
  EXPECT_TRUE(std::isnan(fin::nper(-1.5, -100, 1000)));
}

// ---------------------------------------------------------------- rate

TEST(FinancialFunctionsTest, RateOfASavingsPlan) { EXPECT_TRUE(close_to(fin::rate(10, 0, -3500, 10000), 0.1107, 1e-4)); }

TEST(FinancialFunctionsTest, RateIsNanWhenNewtonCannotConverge) {
  // test_rate_with_infeasible_solution: pmt and pv of the same sign can never repay the loan.
  for (const payment_timing when : {end, begin}) EXPECT_TRUE(std::isnan(fin::rate(12, 400, 10000, 5000, when)));
}

TEST(FinancialFunctionsTest, RateLeavesOnlyTheInfeasibleProblemsNan) {
  // test_gh48
  const std::vector<double> pv{-593.06, -4725.38, -662.05, -428.78, -13.65};
  const std::vector<double> fv{214.07, 4509.97, 224.11, 686.29, -329.67};
  const std::vector<double> desired{-0.39920185, -0.02305873, -0.41818459, 0.26513414, nan};
  std::vector<fin::rate_problem> problems;
  for (std::size_t i = 0; i < pv.size(); ++i) problems.push_back({2, 0, pv[i], fv[i], end});
  const std::vector<double> actual = fin::rate(problems);
  ASSERT_EQ(actual.size(), desired.size());
  for (std::size_t i = 0; i + 1 < desired.size(); ++i) EXPECT_TRUE(close_to(actual[i], desired[i], 1e-7));
  EXPECT_TRUE(std::isnan(actual.back()));
}

TEST(FinancialFunctionsTest, RateOfOneProblemInABatchMatchesItAlone) {
  const std::vector<fin::rate_problem> problems{{10, 0, -3500, 10000, end}, {10, 20, -3500, 10000, begin}};
  const std::vector<double> batch = fin::rate(problems);
  EXPECT_TRUE(close_to(batch[0], fin::rate(10, 0, -3500, 10000), 1e-10));
  EXPECT_TRUE(close_to(batch[1], fin::rate(10, 20, -3500, 10000, begin), 1e-10));
}

TEST(FinancialFunctionsTest, RateWithNoIterationsHasNotConverged) {
  EXPECT_TRUE(std::isnan(fin::rate(10, 0, -3500, 10000, end, 0.1, 1e-6, 0)));
}

// ---------------------------------------------------------------- npv, excel_npv

TEST(FinancialFunctionsTest, NpvLeavesTheFirstValueUndiscounted) {
  EXPECT_TRUE(close_to(fin::npv(0.05, std::vector<double>{-15000.0, 1500.0, 2500.0, 3500.0, 4500.0, 6000.0}), 122.89,
                       1e-2));
  EXPECT_EQ(fin::npv(0.1, std::vector<double>{-100}), -100);
}

TEST(FinancialFunctionsTest, ExcelNpvDiscountsEveryValue) {
  // Microsoft's NPV example: rate 10%, an investment of 10,000 a year from today, then returns.
  const std::vector<double> values{-10000, 3000, 4200, 6800};
  EXPECT_TRUE(close_to(fin::excel_npv(0.10, values), 1188.44, 0, 0.005));
  EXPECT_TRUE(close_to(fin::excel_npv(0.10, values), fin::npv(0.10, values) / 1.10, 1e-14));
}

// ---------------------------------------------------------------- irr

TEST(FinancialFunctionsTest, IrrMakesTheNpvZero) {
  const std::vector<double> cashflows{-40000, 5000, 8000, 12000, 30000};
  EXPECT_TRUE(close_to(fin::npv(fin::irr(cashflows), cashflows), 0, 0, 1e-9));
}

TEST(FinancialFunctionsTest, IrrBasicValues) {
  const std::vector<std::pair<std::vector<double>, double>> cases{
      {{-150000, 15000, 25000, 35000, 45000, 60000}, 0.0524},
      {{-100, 0, 0, 74}, -0.0955},
      {{-100, 39, 59, 55, 20}, 0.28095},
      {{-100, 100, 0, -7}, -0.0833},
      {{-100, 100, 0, 7}, 0.06206},
      {{-5, 10.5, 1, -8, 1}, 0.0886},
  };
  for (const auto& [values, desired] : cases) EXPECT_TRUE(close_to(fin::irr(values), desired, 1e-2));
}

TEST(FinancialFunctionsTest, IrrIgnoresTrailingZeros) {
  EXPECT_TRUE(close_to(fin::irr(std::vector<double>{-5, 10.5, 1, -8, 1, 0, 0, 0}), 0.0886, 1e-2));
}

TEST(FinancialFunctionsTest, IrrIsNanWithoutASignChange) {
  // numpy gh-6744
  EXPECT_TRUE(std::isnan(fin::irr(std::vector<double>{1, 2, 3})));
  EXPECT_TRUE(std::isnan(fin::irr(std::vector<double>{-1, -2, -3})));
}

TEST(FinancialFunctionsTest, IrrIsNanWithoutARealRootAboveMinusOne) {
  // x^2 - x + 1: two sign changes but no real root.
  EXPECT_TRUE(std::isnan(fin::irr(std::vector<double>{1, -1, 1})));
  // 0 first: numpy-financial's sign test passes, and the only root is x = -2, r = -3 < -1.
  EXPECT_TRUE(std::isnan(fin::irr(std::vector<double>{0, 100, 200})));
}

TEST(FinancialFunctionsTest, IrrOfCoefficientsSpanningThreeHundredOrdersOfMagnitude) {
  // test_gh_15: only a balanced companion matrix finds this root to nine digits.
  const std::vector<double> v{-3000.0,
                              2.3926932267015667e-07,
                              4.1672087103345505e-16,
                              5.3965110036378706e-25,
                              5.1962551071806174e-34,
                              3.7202955645436402e-43,
                              1.9804961711632469e-52,
                              7.8393517651814181e-62,
                              2.3072565113911438e-71,
                              5.0491839233308912e-81,
                              8.2159177668499263e-91,
                              9.9403244366963527e-101,
                              8.942410813633967e-111,
                              5.9816122646481191e-121,
                              2.9750309031844241e-131,
                              1.1002067043497954e-141,
                              3.0252876563518021e-152,
                              6.1854121948207909e-163,
                              9.4032980015353301e-174,
                              1.0629218520017728e-184,
                              8.9337141847171845e-196,
                              5.5830607698467935e-207,
                              2.5943122036622652e-218,
                              8.9635842466507006e-230,
                              2.3027710094332358e-241,
                              4.3987510596745562e-253,
                              6.2476630372575209e-265,
                              6.598046841695288e-277,
                              5.1811095266842017e-289,
                              3.0250999925830644e-301,
                              1.3133070599585015e-313};
  const double result = fin::irr(v);
  EXPECT_TRUE(std::isfinite(result));
  EXPECT_TRUE(close_to(result, -0.9999999990596069, 1e-9));
}

TEST(FinancialFunctionsTest, IrrOfAProjectWithManySignChanges) {
  // test_gh_39
  const std::vector<double> cashflows{
      -217500.0,          -217500.0,         108466.80462450592, 101129.96439328062, 93793.12416205535,
      86456.28393083003,  79119.44369960476, 71782.60346837944,  64445.76323715414,  57108.92300592884,
      49772.08277470355,  42435.24254347826, 35098.40231225296,  27761.56208102766,  20424.721849802358,
      13087.88161857707,  5751.041387351768, -1585.7988438735192, -8922.639075098821, -16259.479306324123,
      -23596.31953754941, -30933.159768774713, -38270.0,         -45606.8402312253,  -52943.680462450604,
      -60280.520693675906, -67617.36092490121};
  EXPECT_TRUE(close_to(fin::irr(cashflows), 0.12, 1e-7));
}

TEST(FinancialFunctionsTest, IrrAboveOneHundredPercent) {
  // test_gh_44
  EXPECT_TRUE(close_to(fin::irr(std::vector<double>{-1678.87, 771.96, 1814.05, 3520.30, 3552.95, 3584.99, 4789.91, -1}),
                       1.00426, 1e-4));
}

TEST(FinancialFunctionsTest, IrrChoosesTheSmallestNonNegativeRootAsNumpyFinancialDoes) {
  // (x - 1.1)(x - 1.3)(x - 0.8) with x = 1 + r: roots r = 0.1, 0.3, -0.2. numpy-financial 1.1.0
  // takes 0.1 (the smallest r >= 0), not -0.2 or the root nearest 0 overall.
  const std::vector<double> values{-1, 3.2, -3.35, 1.144};
  EXPECT_TRUE(close_to(fin::irr(values), 0.1, 1e-12));
  // All roots negative (r = -0.2, -0.5): the one nearest zero.
  // -(x - 0.8)(x - 0.5) = -x^2 + 1.3x - 0.4
  EXPECT_TRUE(close_to(fin::irr(std::vector<double>{-1, 1.3, -0.4}), -0.2, 1e-12));
}

// ---------------------------------------------------------------- rows: npv, irr, mirr, xirr in one pass

/// Rows of cash flows, one series a row (all of one length), as the batch forms take them.
struct rows_of {
  std::vector<double> values;
  std::size_t columns;
  explicit rows_of(const std::vector<std::vector<double>>& rows) : columns(rows.front().size()) {
    for (const auto& row : rows) values.insert(values.end(), row.begin(), row.end());
  }
  [[nodiscard]] fin::cash_flow_rows view() const { return {values, columns}; }
};

TEST(FinancialFunctionsTest, NpvOfRatesAgainstRowsIsNumpyFinancialsShape) {
  // numpy-financial 1.1.0: npv([0.05, 0.1], [[-100, 50, 60], [-200, 100, 150]]), shape (rates, rows).
  const rows_of rows({{-100, 50, 60}, {-200, 100, 150}});
  const std::vector<double> result = fin::npv(std::vector<double>{0.05, 0.1}, rows.view());
  const std::vector<double> expected{2.04081633, 31.29251701, -4.95867769, 14.87603306};
  ASSERT_EQ(result.size(), expected.size());
  for (std::size_t i = 0; i < expected.size(); ++i) EXPECT_TRUE(close_to(result[i], expected[i], 1e-8));
}

TEST(FinancialFunctionsTest, NpvOfManyRatesEqualsEachRateAlone) {
  // Eleven rates: a block of eight and a part block of three.
  const rows_of rows({{-250000, 1000, 20000, 90000, 0, 120000, 75000}, {-1, 0, 0, 0, 0, 0, 2}});
  std::vector<double> rates;
  for (int i = 0; i < 11; ++i) rates.push_back(-0.5 + 0.15 * i);
  const std::vector<double> result = fin::npv(rates, rows.view());
  for (std::size_t i = 0; i < rates.size(); ++i)
    for (std::size_t j = 0; j < 2; ++j) EXPECT_EQ(result[i * 2 + j], fin::npv(rates[i], rows.view().row(j)));
  // Hand-worked: -1 + 2 / (1 + r)^6 at r = rates[4], about 10%.
  EXPECT_TRUE(close_to(result[(4 * 2) + 1], -1 + 2 / std::pow(1 + rates[4], 6), 1e-14));
}

TEST(FinancialFunctionsTest, IrrOfTwoOrThreeFlowsHasAClosedForm) {
  EXPECT_TRUE(close_to(fin::irr(std::vector<double>{-100, 110}), 0.1, 1e-14));
  EXPECT_TRUE(close_to(fin::irr(std::vector<double>{-100, 0, 121}), 0.1, 1e-14));  // (1 + r)^2 = 1.21
  // -100x^2 + 230x - 132 = -100(x - 1.1)(x - 1.2): two rates, 10% and 20%; numpy-financial
  // 1.1.0 takes the smallest that is not negative.
  EXPECT_TRUE(close_to(fin::irr(std::vector<double>{-100, 230, -132}), 0.1, 1e-14));
  EXPECT_TRUE(std::isnan(fin::irr(std::vector<double>{-100, 0, -121})));  // no sign change once zeros are ignored
}

TEST(FinancialFunctionsTest, IrrOfAConventionalProjectIsItsOneRateAboveMinusOne) {
  // One sign change: one positive root x = 1 + r (Descartes), found by bracketed Newton.
  // Values from numpy-financial 1.0.0 (numpy.roots); the last is 1.5^(1/9) - 1 by hand.
  const std::vector<std::pair<std::vector<double>, double>> cases{
      {{-150000, 15000, 25000, 35000, 45000, 60000}, 0.05243288885941433},
      {{-100, 39, 59, 55, 20}, 0.28094842115996066},
      {{-2500, 300, 410, 120, 980, 50, 700, 0, 640, 333}, 0.07362906773047895},
      {{-1000, 0, 0, 0, 0, 0, 0, 0, 0, 1500}, std::pow(1.5, 1.0 / 9) - 1},
      {{-1678.87, 771.96, 1814.05, 3520.30, 3552.95, 3584.99, 4789.91}, 1.0042732934456322},  // gh-44, above 100%
  };
  for (const auto& [values, desired] : cases) {
    const double r = fin::irr(values);
    EXPECT_TRUE(close_to(r, desired, 1e-12)) << values.size() << " flows";
    EXPECT_TRUE(close_to(fin::npv(r, values), 0, 0, 1e-9 * std::abs(values[0])));
  }
}

TEST(FinancialFunctionsTest, IrrOfRowsEqualsEachRowAlone) {
  // A row for each way to the answer: a closed form, Newton, the eigenvalue solve (several
  // sign changes), no sign change, trailing zeros (a root at -100%).
  const rows_of rows({{-100, 110, 0, 0, 0},
                      {-100, 39, 59, 55, 20},
                      {-5, 10.5, 1, -8, 1},
                      {1, 2, 3, 4, 5},
                      {-100, 50, 0, 0, 0},
                      {-100, 100, 0, -7, 0}});
  const std::vector<double> result = fin::irr(rows.view());
  ASSERT_EQ(result.size(), 6U);
  for (std::size_t j = 0; j < result.size(); ++j) {
    const double alone = fin::irr(rows.view().row(j));
    if (std::isnan(alone))
      EXPECT_TRUE(std::isnan(result[j])) << "row " << j;
    else
      EXPECT_EQ(result[j], alone) << "row " << j;
  }
  EXPECT_TRUE(close_to(result[0], 0.1, 1e-14));
  EXPECT_TRUE(close_to(result[4], -0.5, 1e-14));  // -100x + 50 = 0, x = 0.5; nearer 0 than -1
  EXPECT_TRUE(std::isnan(result[3]));
}

TEST(FinancialFunctionsTest, MirrOfRowsAgainstRatePairsIsNumpyFinancialsShape) {
  const rows_of rows({{-4500, -800, 800, 800, 600}, {-120000, 39000, 30000, 21000, 37000}, {100, 200, -50, 300, -200}});
  const std::vector<double> result =
      fin::mirr(rows.view(), std::vector<double>{0.05, 0.08, 0.10}, std::vector<double>{0.08, 0.10, 0.12});
  const std::vector<double> expected{-0.1784449, -0.17328716, -0.1684366, 0.04627293, 0.05437856,
                                     0.06252201, 0.35712458, 0.40628857, 0.44435295};
  ASSERT_EQ(result.size(), expected.size());
  for (std::size_t i = 0; i < expected.size(); ++i) EXPECT_TRUE(close_to(result[i], expected[i], 1e-7));
  EXPECT_TRUE(fails_with<std::invalid_argument>(
      [&] { (void)fin::mirr(rows.view(), std::vector<double>{0.05, 0.08}, std::vector<double>{0.08}); },
      "commissioning.financial.005", "2 finance rates but 1 reinvest rates"));
}

TEST(FinancialFunctionsTest, XirrOfRowsOnTheSameDates) {
  // A series, twice it, and its negation all have Microsoft's rate: scaling changes no root.
  std::vector<double> doubled;
  std::vector<double> negated;
  for (const double v : excel_values) {
    doubled.push_back(2 * v);
    negated.push_back(-v);
  }
  const rows_of rows({excel_values, doubled, negated, {100, 200, 300, 400, 500}});
  const std::vector<double> result = fin::xirr(rows.view(), excel_dates);
  ASSERT_EQ(result.size(), 4U);
  for (std::size_t j = 0; j < 3; ++j) EXPECT_TRUE(close_to(result[j], 0.373362535, 0, 1e-8)) << "row " << j;
  EXPECT_EQ(result[0], fin::xirr(excel_values, excel_dates));
  EXPECT_TRUE(std::isnan(result[3]));
}

TEST(FinancialFunctionsTest, NoRowsGiveNoFiguresButRowsWithoutFlowsAreAnError) {
  const std::vector<double> none;
  EXPECT_TRUE(fin::irr(fin::cash_flow_rows{none, 5}).empty());
  EXPECT_TRUE(fin::npv(std::vector<double>{0.1}, fin::cash_flow_rows{none, 5}).empty());
  EXPECT_TRUE(fin::xirr(fin::cash_flow_rows{none, 5}, excel_dates).empty());
  EXPECT_TRUE(fails_with<std::invalid_argument>([&] { (void)fin::irr(fin::cash_flow_rows{none, 0}); },
                                                "commissioning.financial.002", "irr needs at least one cash flow"));
}

TEST(FinancialFunctionsTest, ABadValueInARowIsNamedByRowAndColumn) {
  const rows_of rows({{-100, 50, 60}, {-100, nan, 60}});
  EXPECT_TRUE(fails_with<std::invalid_argument>([&] { (void)fin::irr(rows.view()); }, "commissioning.financial.001",
                                                "values[1, 1] must be a finite number, got nan"));
  EXPECT_TRUE(fails_with<std::domain_error>(
      [&] { (void)fin::npv(std::vector<double>{0.1, -1}, rows_of({{-100, 50}}).view()); },
      "commissioning.financial.003", "got -1"));
}

// ---------------------------------------------------------------- mirr

TEST(FinancialFunctionsTest, MirrCases) {
  EXPECT_TRUE(close_to(fin::mirr(std::vector<double>{-4500, -800, 800, 800, 600, 600, 800, 800, 700, 3000}, 0.08, 0.055),
                       0.0666, 0, 1e-4));
  EXPECT_TRUE(close_to(fin::mirr(std::vector<double>{-120000, 39000, 30000, 21000, 37000, 46000}, 0.10, 0.12), 0.126094,
                       0, 1e-6));
  EXPECT_TRUE(close_to(fin::mirr(std::vector<double>{100, 200, -50, 300, -200}, 0.05, 0.06), 0.3428, 0, 1e-4));
}

TEST(FinancialFunctionsTest, MirrIsNanWithoutASignChange) {
  EXPECT_TRUE(std::isnan(fin::mirr(std::vector<double>{39000, 30000, 21000, 37000, 46000}, 0.10, 0.12)));
}

TEST(FinancialFunctionsTest, MirrBroadcastCases) {
  // test_mirr_broadcast, found with Google Sheets: rows of values against (finance, reinvest) pairs.
  const std::vector<std::vector<double>> values{
      {-4500, -800, 800, 800, 600}, {-120000, 39000, 30000, 21000, 37000}, {100, 200, -50, 300, -200}};
  const std::vector<double> finance{0.05, 0.08, 0.10};
  const std::vector<double> reinvest{0.08, 0.10, 0.12};
  const double expected[3][3] = {{-0.1784449, -0.17328716, -0.1684366},
                                 {0.04627293, 0.05437856, 0.06252201},
                                 {0.35712458, 0.40628857, 0.44435295}};
  for (std::size_t i = 0; i < 3; ++i)
    for (std::size_t j = 0; j < 3; ++j)
      EXPECT_TRUE(close_to(fin::mirr(values[i], finance[j], reinvest[j]), expected[i][j], 1e-7));
}

// ---------------------------------------------------------------- Excel: XNPV, XIRR

TEST(FinancialFunctionsTest, XnpvOfMicrosoftsExample) {
  EXPECT_TRUE(close_to(fin::xnpv(0.09, excel_values, excel_dates), 2086.65, 0, 0.005));
}

TEST(FinancialFunctionsTest, XirrOfMicrosoftsExample) {
  // Excel stops within 0.000001% (1e-8) of the root, and shows 0.373362535; the root itself
  // is 0.3733625335...
  const double r = fin::xirr(excel_values, excel_dates);
  EXPECT_TRUE(close_to(r, 0.373362535, 0, 1e-8));
  EXPECT_TRUE(close_to(fin::xnpv(r, excel_values, excel_dates), 0, 0, 1e-6));
}

TEST(FinancialFunctionsTest, XnpvCountsYearsOfThreeHundredAndSixtyFiveDays) {
  // One leap year later is 366/365 years: Excel's actual/365.
  const std::vector<double> values{0, 1000};
  EXPECT_TRUE(
      close_to(fin::xnpv(0.1, values, dates({"1 January 2008", "1 January 2009"})), 1000 / std::pow(1.1, 366.0 / 365.0),
               1e-15));
}

TEST(FinancialFunctionsTest, XnpvAllowsLaterDatesInAnyOrder) {
  const std::vector<double> values{-10000, 2750, 3250, 4250, 2750};
  const auto shuffled =
      dates({"1 January 2008", "1 March 2008", "15 February 2009", "30 October 2008", "1 April 2009"});
  EXPECT_TRUE(close_to(fin::xnpv(0.09, values, shuffled), fin::xnpv(0.09, excel_values, excel_dates), 1e-14));
}

TEST(FinancialFunctionsTest, XirrIsNanWithoutASignChange) {
  EXPECT_TRUE(std::isnan(fin::xirr(std::vector<double>{100, 200}, dates({"1 January 2008", "1 January 2009"}))));
}

// ---------------------------------------------------------------- errors

TEST(FinancialFunctionsTest, NanOrInfiniteInputIsAnErrorNamingTheArgument) {
  EXPECT_TRUE(fails_with<std::invalid_argument>([] { (void)fin::pmt(nan, 12, 1000); }, "commissioning.financial.001",
                                                "rate must be a finite number, got nan"));
  EXPECT_TRUE(fails_with<std::invalid_argument>([] { (void)fin::fv(0.1, inf, 0, 1); }, "commissioning.financial.001",
                                                "nper must be a finite number, got inf"));
  EXPECT_TRUE(fails_with<std::invalid_argument>([] { (void)fin::ipmt(0.1, nan, 12, 1); },
                                                "commissioning.financial.001", "per must be"));
  EXPECT_TRUE(fails_with<std::invalid_argument>([] { (void)fin::npv(0.1, std::vector<double>{-1, nan}); },
                                                "commissioning.financial.001", "values[1] must be a finite number"));
  EXPECT_TRUE(fails_with<std::invalid_argument>([] { (void)fin::rate(10, 0, -inf, 10000); },
                                                "commissioning.financial.001", "pv must be a finite number, got -inf"));
}

TEST(FinancialFunctionsTest, NoCashFlowsIsAnError) {
  const std::vector<double> none;
  EXPECT_TRUE(fails_with<std::invalid_argument>([&] { (void)fin::npv(0.1, none); }, "commissioning.financial.002",
                                                "npv needs at least one cash flow"));
  EXPECT_TRUE(fails_with<std::invalid_argument>([&] { (void)fin::irr(none); }, "commissioning.financial.002", "irr"));
  EXPECT_TRUE(fails_with<std::invalid_argument>([&] { (void)fin::mirr(none, 0.1, 0.1); }, "commissioning.financial.002",
                                                "mirr"));
  EXPECT_TRUE(fails_with<std::invalid_argument>([&] { (void)fin::xnpv(0.1, none, std::vector<date>{}); },
                                                "commissioning.financial.002", "xnpv"));
}

TEST(FinancialFunctionsTest, ADiscountRateAtOrBelowMinusOneIsAnError) {
  const std::vector<double> values{-100, 50, 60};
  EXPECT_TRUE(fails_with<std::domain_error>([&] { (void)fin::npv(-1, values); }, "commissioning.financial.003",
                                            "greater than -1 (-100%), got -1"));
  EXPECT_TRUE(fails_with<std::domain_error>([&] { (void)fin::excel_npv(-1.5, values); }, "commissioning.financial.003",
                                            "got -1.5"));
  EXPECT_TRUE(fails_with<std::domain_error>([&] { (void)fin::mirr(values, -2, 0.1); }, "commissioning.financial.003",
                                            "finance_rate"));
  EXPECT_TRUE(fails_with<std::domain_error>([&] { (void)fin::xnpv(-1, excel_values, excel_dates); },
                                            "commissioning.financial.003", "got -1"));
  EXPECT_TRUE(fails_with<std::domain_error>([&] { (void)fin::xirr(excel_values, excel_dates, -1); },
                                            "commissioning.financial.003", "guess"));
}

TEST(FinancialFunctionsTest, APaymentTimingOtherThanEndOrBeginIsAnError) {
  EXPECT_TRUE(fails_with<std::invalid_argument>([] { (void)fin::parse_payment_timing("middle"); },
                                                "commissioning.financial.004", "'middle'"));
  EXPECT_TRUE(fails_with<std::invalid_argument>([] { (void)fin::payment_timing_from(0.5); },
                                                "commissioning.financial.004", "got 0.5"));
  EXPECT_TRUE(fails_with<std::invalid_argument>([] { (void)fin::payment_timing_from(2); },
                                                "commissioning.financial.004", "got 2"));
}

TEST(FinancialFunctionsTest, ValuesAndDatesOfDifferentLengthsAreAnError) {
  const std::vector<double> four(excel_values.begin(), excel_values.begin() + 4);
  EXPECT_TRUE(fails_with<std::invalid_argument>([&] { (void)fin::xnpv(0.09, four, excel_dates); },
                                                "commissioning.financial.005", "4 values but 5 dates"));
  EXPECT_TRUE(fails_with<std::invalid_argument>([&] { (void)fin::xirr(four, excel_dates); },
                                                "commissioning.financial.005", "4 values but 5 dates"));
}

TEST(FinancialFunctionsTest, ADateBeforeTheFirstIsAnError) {
  const auto early = dates({"1 January 2008", "1 March 2008", "1 December 2007", "15 February 2009", "1 April 2009"});
  EXPECT_TRUE(fails_with<std::invalid_argument>([&] { (void)fin::xnpv(0.09, excel_values, early); },
                                                "commissioning.financial.006", "dates[2] 2007-12-01"));
  EXPECT_TRUE(fails_with<std::invalid_argument>([&] { (void)fin::xirr(excel_values, early); },
                                                "commissioning.financial.006", "2007-12-01"));
}

TEST(FinancialFunctionsTest, RateSolverSettingsThatCanNeverConvergeAreAnError) {
  EXPECT_TRUE(fails_with<std::invalid_argument>([] { (void)fin::rate(10, 0, -3500, 10000, end, 0.1, 0.0); },
                                                "commissioning.financial.007", "tol must be positive, got 0"));
  EXPECT_TRUE(fails_with<std::invalid_argument>([] { (void)fin::rate(10, 0, -3500, 10000, end, 0.1, 1e-6, -1); },
                                                "commissioning.financial.007", "maxiter must not be negative, got -1"));
}

TEST(FinancialFunctionsTest, ColumnsOfDifferentLengthsAreAnError) {
  const std::vector<double> three{0.01, 0.02, 0.03};
  const std::vector<double> two{360, 360};
  const std::vector<payment_timing> timings(3, end);
  std::vector<double> result(3);
  EXPECT_TRUE(fails_with<std::invalid_argument>([&] { fin::pmt(three, two, three, three, timings, result); },
                                                "commissioning.financial.005",
                                                "pmt needs columns of one length: 2 elements in a column but 3 results"));
}

// ---------------------------------------------------------------- the fast powers (issue 15, deliverable 5)
//
// The element-wise functions take their powers a block at a time: correctly rounded by
// double-double squaring for whole numbers of periods (with AVX2 and FMA), glibc's pow
// otherwise. The stated bound: each power is within 1 ulp of glibc's `std::pow`, and every
// figure is numpy-financial's expression evaluated with such a power, bit for bit.

/// numpy-financial's pmt, fv and pv with the power given: the reference, as the tests' own code.
double reference_pmt(double r, double n, double pv, double fv, double w, double temp) {
  const double fact = r == 0.0 ? n : (1 + r * w) * (temp - 1) / r;
  return -(fv + pv * temp) / fact;
}
double reference_pv(double r, double n, double pmt, double fv, double w, double temp) {
  const double fact = r == 0.0 ? n : (1 + r * w) * (temp - 1) / r;
  return -(fv + pmt * fact) / temp;
}

/// `figure` is `formula(p)` for glibc's power p or a neighbour of it, bit for bit (NaN for NaN).
template <class Formula>
testing::AssertionResult within_an_ulp_of_glibcs_power(double figure, double glibc_power, Formula formula) {
  for (const double p : {glibc_power, std::nextafter(glibc_power, inf), std::nextafter(glibc_power, -inf)}) {
    const double expected = formula(p);
    if (figure == expected || (std::isnan(figure) && std::isnan(expected))) return testing::AssertionSuccess();
  }
  return testing::AssertionFailure() << figure << " is not the formula of a power within 1 ulp of " << glibc_power
                                     << " (that gives " << formula(glibc_power) << ")";
}

TEST(FinancialFunctionsTest, FastPowersAreWithinAnUlpOfGlibcsPow) {
  // fv(rate, nper, 0, -1) is the power (1 + rate)^nper itself: -(-1) * temp - 0.
  std::mt19937_64 generator(15);
  std::uniform_real_distribution<double> rate_draw(-2.5, 1.0);
  std::uniform_int_distribution<int> digits(0, 12);
  std::uniform_int_distribution<int> periods(0, 2000);
  std::size_t differ = 0;
  constexpr std::size_t count = 100000;
  std::vector<double> rates(count), nper(count), zero(count, 0.0), minus_one(count, -1.0), powers(count);
  for (std::size_t i = 0; i < count; ++i) {
    rates[i] = rate_draw(generator) * std::pow(10.0, -digits(generator));  // rates near 0 too
    nper[i] = i % 10 == 9 ? periods(generator) + 0.5 : periods(generator);   // and some fractional periods
  }
  rates[0] = -1.0;  // a zero base
  rates[1] = -0.5;  // a power that underflows to 0
  nper[1] = 1e6;
  rates[2] = 0.5;  // one above 2^900, where the double-double's error terms would lose bits
  nper[2] = 1600;
  fin::fv(rates, nper, zero, minus_one, std::vector<payment_timing>(count, end), powers);
  for (std::size_t i = 0; i < count; ++i) {
    const double glibc = std::pow(1 + rates[i], nper[i]);
    if (std::isinf(glibc)) continue;  // fv is then inf - 0 * inf, NaN: no power to compare
    ASSERT_TRUE(within_an_ulp_of_glibcs_power(powers[i], glibc, [](double p) { return p; }))
        << "rate " << rates[i] << ", nper " << nper[i];
    const double scalar = fin::fv(rates[i], nper[i], 0, -1);
    ASSERT_TRUE(powers[i] == scalar || (std::isnan(powers[i]) && std::isnan(scalar))) << "the scalar call's figure";
    if (powers[i] != glibc) ++differ;
  }
  // glibc's pow is itself correctly rounded but for about 1 result in 1,000.
  EXPECT_LT(differ, count / 100);
}

TEST(FinancialFunctionsTest, FastPmtAndPvAreNumpyFinancialsExpressionsOfSuchAPower) {
  std::mt19937_64 generator(1505);
  std::uniform_real_distribution<double> rate_draw(-0.05, 0.2);
  std::uniform_int_distribution<int> periods(1, 480);
  std::uniform_real_distribution<double> money(-1e6, 1e6);
  constexpr std::size_t count = 20000;
  std::vector<double> r(count), n(count), pv(count), fv(count), pmts(count), pvs(count);
  std::vector<payment_timing> when(count);
  for (std::size_t i = 0; i < count; ++i) {
    r[i] = i % 100 == 0 ? 0.0 : rate_draw(generator);
    n[i] = periods(generator);
    pv[i] = money(generator);
    fv[i] = money(generator);
    when[i] = i % 2 == 0 ? end : begin;
  }
  fin::pmt(r, n, pv, fv, when, pmts);
  fin::pv(r, n, pv, fv, when, pvs);  // pv's pmt argument: the same column of money
  for (std::size_t i = 0; i < count; ++i) {
    const double w = when[i] == begin ? 1.0 : 0.0;
    const double glibc = std::pow(1 + r[i], n[i]);
    ASSERT_TRUE(within_an_ulp_of_glibcs_power(pmts[i], glibc,
                                              [&](double p) { return reference_pmt(r[i], n[i], pv[i], fv[i], w, p); }));
    ASSERT_TRUE(within_an_ulp_of_glibcs_power(pvs[i], glibc,
                                              [&](double p) { return reference_pv(r[i], n[i], pv[i], fv[i], w, p); }));
    ASSERT_EQ(pmts[i], fin::pmt(r[i], n[i], pv[i], fv[i], when[i]));
  }
}

TEST(FinancialFunctionsTest, IpmtAndPpmtOfColumnsAreTheScalarFigures) {
  std::mt19937_64 generator(1515);
  std::uniform_real_distribution<double> rate_draw(0.0001, 0.02);
  std::uniform_int_distribution<int> periods(0, 361);
  constexpr std::size_t count = 1000;  // blocks of 256 and a part block
  std::vector<double> r(count), per(count), n(count, 360.0), pv(count, 200000.0), fv(count, 0.0), ipmts(count),
      ppmts(count);
  std::vector<payment_timing> when(count);
  for (std::size_t i = 0; i < count; ++i) {
    r[i] = rate_draw(generator);
    per[i] = periods(generator);
    when[i] = i % 3 == 0 ? begin : end;
  }
  fin::ipmt(r, per, n, pv, fv, when, ipmts);
  fin::ppmt(r, per, n, pv, fv, when, ppmts);
  for (std::size_t i = 0; i < count; ++i) {
    const double ipmt = fin::ipmt(r[i], per[i], n[i], pv[i], fv[i], when[i]);
    EXPECT_TRUE(ipmts[i] == ipmt || (std::isnan(ipmts[i]) && std::isnan(ipmt))) << i;
    const double ppmt = fin::ppmt(r[i], per[i], n[i], pv[i], fv[i], when[i]);
    EXPECT_TRUE(ppmts[i] == ppmt || (std::isnan(ppmts[i]) && std::isnan(ppmt))) << i;
  }
}

/// `figure` is glibc's log of x or a neighbour of it (NaN for NaN).
testing::AssertionResult within_an_ulp_of_glibcs_log(double figure, double x) {
  const double glibc = std::log(x);
  if (std::isnan(glibc) && std::isnan(figure)) return testing::AssertionSuccess();
  if (figure == glibc || figure == std::nextafter(glibc, inf) || figure == std::nextafter(glibc, -inf))
    return testing::AssertionSuccess();
  return testing::AssertionFailure() << "log(" << x << ") = " << figure << ", glibc's " << glibc;
}

TEST(FinancialFunctionsTest, VectorLogIsWithinAnUlpOfGlibcsLog) {
  std::mt19937_64 generator(1520);
  std::uniform_real_distribution<double> unit(0.0, 1.0);
  constexpr std::size_t count = 200000;
  std::vector<double> x(count), logs(count);
  for (std::size_t i = 0; i < count; ++i) {
    switch (i % 6) {
      case 0: x[i] = 1.0 + (unit(generator) - 0.5) * std::exp2(-60.0 * unit(generator)); break;  // near 1
      case 1: x[i] = std::exp2(-1074.0 * unit(generator)); break;   // tiny, subnormals too
      case 2: x[i] = std::exp2(1024.0 * unit(generator)); break;    // huge
      case 3: x[i] = std::bit_cast<double>(generator() >> 1); break;  // any positive bits, inf and NaN too
      case 4: x[i] = 1.0 + 0.05 * unit(generator); break;           // 1 + rate
      default: x[i] = 0.5 + 1.5 * unit(generator); break;           // every interval of the table
    }
  }
  const double specials[] = {0.0, -0.0, -1.0, 1.0, inf, -inf, nan, 0x1p-1074, 0x1p-1022, 0x1.fffffffffffffp1023,
                             std::nextafter(1.0, 0.0), std::nextafter(1.0, 2.0), 2.0, 0.5};
  std::copy(std::begin(specials), std::end(specials), x.begin() + 1);  // inside the first block, not at its start
  fin::detail::natural_logs(x.data(), logs.data(), count);
  std::size_t differ = 0;
  for (std::size_t i = 0; i < count; ++i) {
    ASSERT_TRUE(within_an_ulp_of_glibcs_log(logs[i], x[i])) << "x = " << x[i];
    const double scalar = fin::detail::natural_log(x[i]);
    ASSERT_TRUE(std::bit_cast<std::uint64_t>(scalar) == std::bit_cast<std::uint64_t>(logs[i]) ||
                (std::isnan(scalar) && std::isnan(logs[i])))
        << "the scalar figure of " << x[i];
    if (!(logs[i] == std::log(x[i]) || std::isnan(logs[i]))) ++differ;
  }
  EXPECT_EQ(fin::detail::natural_log(1.0), 0.0);
  EXPECT_FALSE(std::signbit(fin::detail::natural_log(1.0)));
  // Each is correctly rounded but for a few in 10,000, and glibc's log about as often.
  EXPECT_LT(differ, count / 200);
}

/// numpy-financial 1.1.0's nper with the two logarithms given.
double reference_nper(double rate, double pmt, double pv, double fv, double w, double ratio_log,
                      double growth_log) {
  if (rate == 0.0 && pmt == 0.0) return inf;
  if (rate == 0.0) return -(fv + pv) / pmt;
  if (rate <= -1.0) return nan;
  const double z = pmt * (1.0 + rate * w) / rate;
  if (pv + z == 0.0) return nan;
  if (growth_log == 0.0) return nan;
  return ratio_log / growth_log;
}

TEST(FinancialFunctionsTest, NperIsNumpyFinancialsFormulaOfLogsWithinAnUlpOfGlibcs) {
  std::mt19937_64 generator(1525);
  std::uniform_real_distribution<double> rate_draw(-1.2, 1.0);
  std::uniform_int_distribution<int> digits(0, 17);
  std::uniform_real_distribution<double> money(-1e6, 1e6);
  constexpr std::size_t count = 50000;
  std::vector<double> r(count), pmt(count), pv(count), fv(count), npers(count);
  std::vector<payment_timing> when(count);
  for (std::size_t i = 0; i < count; ++i) {
    r[i] = i % 97 == 0 ? 0.0 : rate_draw(generator) * std::pow(10.0, -digits(generator));  // near 0 too
    pmt[i] = i % 89 == 0 ? 0.0 : money(generator);
    pv[i] = money(generator);
    fv[i] = i % 3 == 0 ? 0.0 : money(generator) * std::pow(10.0, -digits(generator));
    when[i] = i % 2 == 0 ? end : begin;
  }
  r[5] = -1.0;
  r[6] = 1e-20;  // 1 + rate rounds to 1
  fin::nper(r, pmt, pv, fv, when, npers);
  std::size_t differ = 0;
  for (std::size_t i = 0; i < count; ++i) {
    const double w = when[i] == begin ? 1.0 : 0.0;
    const double z = pmt[i] * (1.0 + r[i] * w) / r[i];
    const double ratio_log = std::log((-fv[i] + z) / (pv[i] + z));
    const double growth_log = std::log(1.0 + r[i]);
    bool found = false;
    for (const double a : {ratio_log, std::nextafter(ratio_log, inf), std::nextafter(ratio_log, -inf)})
      for (const double b : {growth_log, std::nextafter(growth_log, inf), std::nextafter(growth_log, -inf)}) {
        const double expected = reference_nper(r[i], pmt[i], pv[i], fv[i], w, a, b);
        found = found || npers[i] == expected || (std::isnan(npers[i]) && std::isnan(expected));
      }
    ASSERT_TRUE(found) << "rate " << r[i] << ", pmt " << pmt[i] << ", pv " << pv[i] << ", fv " << fv[i] << ": "
                       << npers[i] << " against glibc's logs' "
                       << reference_nper(r[i], pmt[i], pv[i], fv[i], w, ratio_log, growth_log);
    const double scalar = fin::nper(r[i], pmt[i], pv[i], fv[i], when[i]);
    ASSERT_TRUE(npers[i] == scalar || (std::isnan(npers[i]) && std::isnan(scalar))) << "the scalar call's figure";
    const double glibc = reference_nper(r[i], pmt[i], pv[i], fv[i], w, ratio_log, growth_log);
    if (!(npers[i] == glibc || std::isnan(glibc))) ++differ;
  }
  EXPECT_LT(differ, count / 50);
}

// ---------------------------------------------------------------- the formula passes' two builds

bool same_bits(const std::vector<double>& a, const std::vector<double>& b) {
  return a.size() == b.size() && std::memcmp(a.data(), b.data(), a.size() * sizeof(double)) == 0;
}

TEST(FinancialFunctionsTest, TheFormulaPassesOfTheAvx2BuildGiveTheBaselineBits) {
  const fin::detail::formula_passes& base = fin::detail::baseline_formula_passes();
  const fin::detail::formula_passes* avx2 = fin::detail::avx2_formula_passes();
  if (avx2 == nullptr) GTEST_SKIP() << "no AVX2 build or no AVX2 on this processor";
  EXPECT_STREQ(fin::detail::active_formula_passes().name, "avx2");
  // Columns with every branch: rate 0, at and below -1, near 0; per before, at and after 1;
  // zero payments and divisors; powers 0, 1 and beyond. Not a whole number of vectors.
  std::mt19937_64 generator(1530);
  std::uniform_real_distribution<double> unit(0.0, 1.0);
  constexpr std::size_t count = 10007;
  std::vector<double> rate(count), per(count), nper(count), a(count), b(count), temp1(count), temp2(count), w(count);
  std::vector<payment_timing> when(count);
  for (std::size_t i = 0; i < count; ++i) {
    const std::size_t kind = i % 7;
    rate[i] = kind == 0 ? 0.0 : kind == 1 ? -1.0 - unit(generator) : (unit(generator) - 0.3) * std::pow(10.0, -17 * unit(generator));
    per[i] = std::floor(unit(generator) * 5) - 1;
    nper[i] = std::floor(unit(generator) * 400);
    a[i] = kind == 3 ? 0.0 : (unit(generator) - 0.5) * 1e6;
    b[i] = kind == 4 ? -a[i] : (unit(generator) - 0.5) * 1e6;
    temp1[i] = kind == 5 ? 1.0 : kind == 6 ? 0.0 : std::pow(1 + rate[i], nper[i]);
    temp2[i] = std::pow(1 + rate[i], per[i] - 1);
    when[i] = i % 2 == 0 ? end : begin;
    w[i] = i % 2 == 0 ? 0.0 : 1.0;
  }
  const auto both = [&](auto pass) {
    std::vector<double> x(count), y(count);
    pass(base, x);
    pass(*avx2, y);
    return same_bits(x, y);
  };
  using passes = fin::detail::formula_passes;
  using column = std::vector<double>;
  EXPECT_TRUE(both([&](const passes& p, column& out) {
    p.fv(rate.data(), nper.data(), a.data(), b.data(), when.data(), temp1.data(), out.data(), count);
  }));
  EXPECT_TRUE(both([&](const passes& p, column& out) {
    p.pmt(rate.data(), nper.data(), a.data(), b.data(), when.data(), temp1.data(), out.data(), count);
  }));
  EXPECT_TRUE(both([&](const passes& p, column& out) {
    p.pv(rate.data(), nper.data(), a.data(), b.data(), when.data(), temp1.data(), out.data(), count);
  }));
  for (const bool principal : {false, true})
    EXPECT_TRUE(both([&](const passes& p, column& out) {
      p.interest_or_principal(principal, rate.data(), per.data(), nper.data(), a.data(), b.data(), when.data(),
                              temp1.data(), temp2.data(), out.data(), count);
    }));
  for (std::size_t part = 0; part < 3; ++part)
    EXPECT_TRUE(both([&](const passes& p, column& out) {
      column denominator(count), ratio(count), growth(count);
      p.nper_ratios(rate.data(), a.data(), b.data(), temp1.data(), when.data(), denominator.data(), ratio.data(),
                    growth.data(), count);
      out = part == 0 ? denominator : part == 1 ? ratio : growth;
    }));
  EXPECT_TRUE(both([&](const passes& p, column& out) {
    p.nper(rate.data(), a.data(), b.data(), temp1.data(), b.data(), temp2.data(), per.data(), out.data(), count);
  }));
  EXPECT_TRUE(both([&](const passes& p, column& out) {
    out = rate;
    std::vector<unsigned char> close(count);
    const std::size_t open =
        p.rate_steps(out.data(), close.data(), nper.data(), a.data(), b.data(), temp2.data(), w.data(), temp1.data(),
                     temp2.data(), 1e-6, count);
    out.push_back(static_cast<double>(open));
    for (const unsigned char c : close) out.push_back(c);
  }));
}

}  // namespace
