// rounding: the four named rules, applied to exact quotients.
#include <commissioning/money/rounding.hpp>

#include <gtest/gtest.h>

namespace {

using namespace commissioning;

TEST(RoundingTest, DefaultsToHalfAwayFromZeroAsExcelRoundDoes) {
  EXPECT_EQ(default_rounding, rounding::half_away_from_zero);
}

TEST(RoundingTest, NamesEachRule) {
  EXPECT_EQ(to_string(rounding::half_away_from_zero), "half away from zero");
  EXPECT_EQ(to_string(rounding::half_even), "half even");
  EXPECT_EQ(to_string(rounding::toward_zero), "toward zero");
  EXPECT_EQ(to_string(rounding::away_from_zero), "away from zero");
}

struct quotient_case {
  int numerator, denominator;
  int half_away_from_zero, half_even, toward_zero, away_from_zero;
};

// The table of rounding.hpp's comments, and more: ties (x.5), near misses (x.1, x.9),
// a negative denominator, and exact quotients that no rule may move.
constexpr quotient_case table[] = {
    {5, 2, 3, 2, 2, 3},     {-5, 2, -3, -2, -2, -3},  // 2.5, -2.5
    {7, 2, 4, 4, 3, 4},     {-7, 2, -4, -4, -3, -4},  // 3.5, -3.5
    {1, 2, 1, 0, 0, 1},     {-1, 2, -1, 0, 0, -1},    // 0.5, -0.5
    {21, 10, 2, 2, 2, 3},   {-21, 10, -2, -2, -2, -3},  // 2.1, -2.1
    {29, 10, 3, 3, 2, 3},   {-29, 10, -3, -3, -2, -3},  // 2.9, -2.9
    {5, -2, -3, -2, -2, -3}, {-5, -2, 3, 2, 2, 3},    // 5 / -2 = -2.5, -5 / -2 = 2.5
    {251, 100, 3, 3, 2, 3},  // 2.51: just past the tie
    {249, 100, 2, 2, 2, 3},  // 2.49: just short of it
    {6, 3, 2, 2, 2, 2},     {-6, 3, -2, -2, -2, -2},  {0, 7, 0, 0, 0, 0},
};

TEST(RoundingTest, RoundsQuotientsByEachRule) {
  for (const quotient_case& c : table) {
    SCOPED_TRACE(std::to_string(c.numerator) + "/" + std::to_string(c.denominator));
    const big_integer n(c.numerator), d(c.denominator);
    EXPECT_EQ(round_quotient(n, d, rounding::half_away_from_zero), c.half_away_from_zero);
    EXPECT_EQ(round_quotient(n, d, rounding::half_even), c.half_even);
    EXPECT_EQ(round_quotient(n, d, rounding::toward_zero), c.toward_zero);
    EXPECT_EQ(round_quotient(n, d, rounding::away_from_zero), c.away_from_zero);
  }
}

TEST(RoundingTest, RoundsExactRationals) {
  // 325,484.88 x 11/12 pence-of-a-penny: 32,548,488 x 11 / 12 = 29,836,114 exactly.
  EXPECT_EQ(round_to_integer(big_rational(32548488 * 11, 12), rounding::half_even), 29836114);
  // 15/2 and 17/2 reduce to themselves: half even goes to 8 both times.
  EXPECT_EQ(round_to_integer(big_rational(15, 2), rounding::half_even), 8);
  EXPECT_EQ(round_to_integer(big_rational(17, 2), rounding::half_even), 8);
  EXPECT_EQ(round_to_integer(big_rational(-17, 2), rounding::half_away_from_zero), -9);
}

TEST(RoundingTest, RoundsBeyondSixtyFourBits) {
  // (10^30 + 5) / 10 = 10^29 + 0.5: a tie far beyond int64.
  const big_integer e30 = pow(big_integer(10), 30);
  const big_integer e29 = pow(big_integer(10), 29);
  EXPECT_EQ(round_quotient(e30 + 5, 10, rounding::half_away_from_zero), e29 + 1);
  EXPECT_EQ(round_quotient(e30 + 5, 10, rounding::half_even), e29);
  EXPECT_EQ(round_quotient(-(e30 + 15), 10, rounding::half_even), -(e29 + 2));
}

}  // namespace
