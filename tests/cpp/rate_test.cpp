// rate: exact rationals read from "3.5%", "0.035", "1.035", 11/12; never NaN.
#include <commissioning/money/rate.hpp>

#include <gtest/gtest.h>

#include "fails_with.hpp"

#include <limits>
#include <sstream>
#include <string>
#include <string_view>

namespace {

using namespace commissioning;

TEST(RateTest, RatiosOfAnySizeAreExactAndRefuseAZeroDenominator) {
  const big_integer huge("100000000000000000000000000000");  // 10^29, beyond 64 bits
  EXPECT_EQ(rate::ratio(big_integer(11), big_integer(12)), rate::ratio(11, 12));
  EXPECT_EQ(rate::ratio(huge * 7, huge * 200), rate::parse("3.5%"));
  EXPECT_EQ(rate::ratio(big_integer(-3), big_integer(-4)), rate::parse("0.75"));
  EXPECT_TRUE(fails_with<std::domain_error>([&] { (void)rate::ratio(huge, big_integer(0)); }, "commissioning.rate.003",
                                            "denominator must not be zero"));
}

TEST(RateTest, ParsesDecimalsAndPercentagesExactly) {
  EXPECT_EQ(rate::parse("0.035"), rate::ratio(7, 200));  // 35/1000
  EXPECT_EQ(rate::parse("3.5%"), rate::ratio(7, 200));   // the Green Book rate
  EXPECT_EQ(rate::parse("12.5 %"), rate::ratio(1, 8));
  EXPECT_EQ(rate::parse("1.035"), rate::ratio(207, 200));  // an uplift factor
  EXPECT_EQ(rate::parse("-1.5"), rate::ratio(-3, 2));
  EXPECT_EQ(rate::parse("+2"), rate(2));
  EXPECT_EQ(rate::parse(" 0.5\t"), rate::ratio(1, 2));
  EXPECT_EQ(rate::parse(".5"), rate::ratio(1, 2));
}

TEST(RateTest, ParsesExponents) {
  EXPECT_EQ(rate::parse("1e-3"), rate::ratio(1, 1000));
  EXPECT_EQ(rate::parse("1E2"), rate(100));
  EXPECT_EQ(rate::parse("2.5e1%"), rate::ratio(1, 4));
  // std::to_chars writes large doubles as "1e+05"; the explicit plus must read back.
  EXPECT_EQ(rate::parse("1e+05"), rate(100000));
}

TEST(RateTest, RejectsTextThatIsNotADecimal) {
  const auto parse = [](std::string_view text) { return [text] { return rate::parse(text); }; };
  EXPECT_TRUE(fails_with<std::invalid_argument>(parse(""), "commissioning.rate.001", "''"));
  EXPECT_TRUE(fails_with<std::invalid_argument>(parse("NaN"), "commissioning.rate.001", "'NaN'"));
  EXPECT_TRUE(fails_with<std::invalid_argument>(parse("inf"), "commissioning.rate.001", "'inf'"));
  EXPECT_TRUE(fails_with<std::invalid_argument>(parse("1.2.3"), "commissioning.rate.001", "'1.2.3'"));
  EXPECT_TRUE(fails_with<std::invalid_argument>(parse("3.5%%"), "commissioning.rate.001", "'3.5%%'"));
  EXPECT_TRUE(fails_with<std::invalid_argument>(parse("%"), "commissioning.rate.001", "'%'"));
  EXPECT_TRUE(fails_with<std::invalid_argument>(parse("-"), "commissioning.rate.001", "'-'"));
  EXPECT_TRUE(fails_with<std::invalid_argument>(parse("1e"), "commissioning.rate.001", "'1e'"));
  EXPECT_TRUE(fails_with<std::invalid_argument>(parse("1e+-5"), "commissioning.rate.001", "'1e+-5'"));
  EXPECT_TRUE(fails_with<std::invalid_argument>(parse("1e101"), "commissioning.rate.001", "'1e101'"));
  EXPECT_TRUE(fails_with<std::invalid_argument>(parse("1e-101"), "commissioning.rate.001", "'1e-101'"));
}

TEST(RateTest, BuildsRatios) {
  EXPECT_EQ(rate::ratio(22, 24), rate::ratio(11, 12));
  // A negative denominator moves its sign to the numerator.
  EXPECT_EQ(rate::ratio(1, -2), rate::ratio(-1, 2));
  EXPECT_EQ(rate::ratio(-22, -24), rate::ratio(11, 12));
  EXPECT_EQ(rate::ratio(std::numeric_limits<std::int64_t>::min(), -1).to_string(), "9223372036854775808");
  EXPECT_EQ(rate(), rate(0));
  EXPECT_TRUE(fails_with<std::domain_error>([] { return rate::ratio(1, 0); }, "commissioning.rate.003", "zero"));
}

TEST(RateTest, ReadsADoubleAsItsShortestDecimal) {
  // 0.035 as a double is 0.035000000000000003...; its shortest decimal is exactly 35/1000.
  EXPECT_EQ(rate::from_double(0.035), rate::ratio(7, 200));
  EXPECT_EQ(rate::from_double(0.1), rate::ratio(1, 10));
  EXPECT_EQ(rate::from_double(-2.5), rate::ratio(-5, 2));
  EXPECT_EQ(rate::from_double(1e-7), rate::ratio(1, 10'000'000));
  // Doubles that print in scientific form ("1e+05", "1e+16").
  EXPECT_EQ(rate::from_double(100000.0), rate(100000));
  EXPECT_EQ(rate::from_double(1e16), rate(10'000'000'000'000'000));
}

TEST(RateTest, RejectsNonFiniteDoubles) {
  constexpr double nan = std::numeric_limits<double>::quiet_NaN();
  constexpr double infinity = std::numeric_limits<double>::infinity();
  EXPECT_TRUE(fails_with<std::invalid_argument>([] { return rate::from_double(nan); }, "commissioning.rate.002", "nan"));
  EXPECT_TRUE(
      fails_with<std::invalid_argument>([] { return rate::from_double(infinity); }, "commissioning.rate.002", "inf"));
}

TEST(RateTest, WritesExactDecimalsOrRoundsHalfAwayFromZero) {
  EXPECT_EQ(rate::ratio(7, 200).to_string(), "0.035");
  EXPECT_EQ(rate::ratio(7, 200).to_percent_string(), "3.5%");
  EXPECT_EQ(rate::parse("1.035").to_string(), "1.035");
  EXPECT_EQ(rate(0).to_string(), "0");
  EXPECT_EQ(rate(-12).to_string(), "-12");
  // 11/12 = 0.91666...: twelve decimals, the last rounded up.
  EXPECT_EQ(rate::ratio(11, 12).to_string(), "0.916666666667");
  EXPECT_EQ(rate::ratio(-2, 3).to_string(2), "-0.67");
  EXPECT_EQ(rate::ratio(1, 200).to_string(2), "0.01");    // 0.005, a tie, rounds away from zero
  EXPECT_EQ(rate::ratio(-1, 200).to_string(2), "-0.01");
  EXPECT_EQ(rate::ratio(-1, 1000).to_string(2), "0.00");  // no "-0.00"
  EXPECT_EQ(rate::ratio(1, 3).to_percent_string(2), "33.33%");
  std::ostringstream out;
  out << rate::ratio(1, 8);
  EXPECT_EQ(out.str(), "0.125");
}

TEST(RateTest, DoesExactArithmetic) {
  EXPECT_EQ(rate::ratio(11, 12) + rate::ratio(1, 12), rate(1));
  EXPECT_EQ(rate(1) - rate::ratio(1, 12), rate::ratio(11, 12));
  EXPECT_EQ(rate::ratio(1, 2) * rate::ratio(2, 3), rate::ratio(1, 3));
  EXPECT_EQ(rate::ratio(1, 3) / rate::ratio(2, 3), rate::ratio(1, 2));
  EXPECT_EQ(-rate::ratio(1, 3), rate::ratio(-1, 3));
  // 1.035 compounded twice is 1.071225 exactly.
  EXPECT_EQ(rate::parse("1.035") * rate::parse("1.035"), rate::parse("1.071225"));
  EXPECT_TRUE(fails_with<std::domain_error>([] { return rate(1) / rate(); }, "commissioning.rate.003", "zero"));
}

TEST(RateTest, ComparesByValue) {
  EXPECT_LT(rate::ratio(1, 3), rate::ratio(1, 2));
  EXPECT_GT(rate::parse("3.5%"), rate::parse("3%"));
  EXPECT_EQ(rate::parse("0.50"), rate::ratio(1, 2));
  EXPECT_EQ(rate::ratio(1, 3) <=> rate::ratio(2, 6), std::strong_ordering::equal);
}

TEST(RateTest, ConvertsToDouble) {
  EXPECT_EQ(rate::ratio(1, 4).to_double(), 0.25);
  EXPECT_EQ(rate::parse("3.5%").to_double(), 0.035);
}

}  // namespace
