// decimal: a decimal's digits and exponent read exactly as a rate, and as money to the penny.
#include <commissioning/money/decimal.hpp>

#include <gtest/gtest.h>

#include "fails_with.hpp"

#include <optional>
#include <stdexcept>
#include <string>

namespace {

using namespace commissioning;

decimal_number decimal(const std::string& digits, std::int64_t exponent, const std::string& text) {
  return {false, digits, exponent, text};
}

money pounds(const char* text) { return money::parse(text); }

TEST(DecimalTest, NormalisingStripsZerosAndMovesTheExponent) {
  decimal_number number = decimal("0032548488000", -5, "325484.88000");
  normalise(number);
  EXPECT_EQ(number.digits, "32548488");
  EXPECT_EQ(number.exponent, -2);
  decimal_number zero = decimal("000", 4, "0E+4");
  normalise(zero);
  EXPECT_EQ(zero.digits, "");
  EXPECT_EQ(zero.exponent, 0);
}

TEST(DecimalTest, WholePenceAreExactAndOthersRoundOnce) {
  EXPECT_EQ(money_from_pounds(decimal("32548488000", -5, "325484.88000"), std::nullopt), pounds("£325,484.88"));
  EXPECT_EQ(money_from_pounds({true, "1250", -2, "-12.50"}, std::nullopt), pounds("-£12.50"));
  EXPECT_EQ(money_from_pounds(decimal("1005", -3, "1.005"), rounding::half_away_from_zero), pounds("£1.01"));
  EXPECT_EQ(money_from_pounds(decimal("1005", -3, "1.005"), rounding::half_even), pounds("£1.00"));
  EXPECT_EQ(money_from_pounds(decimal("125", -3, "0.125"), rounding::half_even), pounds("£0.12"));
  EXPECT_TRUE(fails_with<std::invalid_argument>(
      [] { (void)money_from_pounds(decimal("1005", -3, "1.005"), std::nullopt); }, "commissioning.money.008",
      "£1.005 is not a whole number of pence"));
}

TEST(DecimalTest, ALongTailRoundsAsTheWholeTailWould) {
  // 1.00500000001: just above half a penny, so half-even rounds up, as the full value would.
  EXPECT_EQ(money_from_pounds(decimal("100500000001", -11, "1.00500000001"), rounding::half_even), pounds("£1.01"));
  EXPECT_EQ(money_from_pounds(decimal("100499999999", -11, "1.00499999999"), rounding::half_away_from_zero),
            pounds("£1.00"));
  // A ten-millionth of a pound is below a tenth of a penny: it rounds as 0.1p does.
  EXPECT_EQ(money_from_pounds(decimal("1", -7, "1E-7"), rounding::away_from_zero), money::from_pence(1));
  EXPECT_EQ(money_from_pounds(decimal("1", -7, "1E-7"), rounding::toward_zero), money());
}

TEST(DecimalTest, AmountsBeyondSixtyFourBitPenceOverflow) {
  EXPECT_TRUE(fails_with<std::overflow_error>([] { (void)money_from_pounds(decimal("1", 20, "1E+20"), std::nullopt); },
                                              "commissioning.money.005", "1E+20"));
}

TEST(DecimalTest, RatesAreExactWithinTheirLimits) {
  EXPECT_EQ(exact_rate(decimal("35", -3, "0.035")), rate::parse("3.5%"));
  EXPECT_EQ(exact_rate({true, "15", -1, "-1.5"}), rate::parse("-1.5"));
  EXPECT_TRUE(fails_with<std::invalid_argument>([] { (void)exact_rate(decimal(std::string(401, '1'), 0, "1...1")); },
                                                "commissioning.rate.001", "too many digits"));
  EXPECT_TRUE(fails_with<std::invalid_argument>([] { (void)exact_rate(decimal("1", 1001, "1E+1001")); },
                                                "commissioning.rate.001", "'1E+1001'"));
}

TEST(DecimalTest, TerminatingDecimalsAreWrittenExactly) {
  EXPECT_EQ(terminating_decimal(rate::parse("3.5%")), "0.035");
  EXPECT_EQ(terminating_decimal(rate::ratio(1, 8)), "0.125");
  EXPECT_EQ(terminating_decimal(rate(big_rational(1, 1024))), "0.0009765625");
  EXPECT_EQ(terminating_decimal(rate::ratio(1, 3)), std::nullopt);
}

}  // namespace
