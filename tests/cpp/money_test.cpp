// money: exact pence, parsing, checked arithmetic, rounding to the penny, display.
#include <commissioning/money/money.hpp>

#include <gtest/gtest.h>

#include "fails_with.hpp"

#include <cstdint>
#include <limits>
#include <random>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace {

using namespace commissioning;

constexpr std::int64_t max_pence = std::numeric_limits<std::int64_t>::max();
constexpr std::int64_t min_pence = std::numeric_limits<std::int64_t>::min();

money pence(std::int64_t count) { return money::from_pence(count); }

// ---------------------------------------------------------------- what must not compile

// Money times money has no meaning; money times a double would hide a rounding rule.
template <class A, class B>
concept multipliable = requires(A a, B b) { a * b; };
template <class A, class B>
concept addable = requires(A a, B b) { a + b; };

static_assert(!multipliable<money, money>);
static_assert(!multipliable<money, double>);
static_assert(!multipliable<double, money>);
static_assert(!multipliable<money, float>);
static_assert(!multipliable<money, bool>);
static_assert(!multipliable<money, rate>);  // use multiply(), which names its rounding
static_assert(!addable<money, int>);        // pence are never implied
static_assert(!std::is_convertible_v<std::int64_t, money>);
static_assert(multipliable<money, int> && multipliable<int, money>);
static_assert(multipliable<money, std::uint64_t> && multipliable<money, short>);
static_assert(money::from_pence(32548488).pence() == 32548488);  // usable in constant expressions
static_assert(money().is_zero());

// ---------------------------------------------------------------- construction

TEST(MoneyTest, HoldsAnExactCountOfPence) {
  EXPECT_EQ(pence(32548488).pence(), 32548488);  // £325,484.88 (seed 002)
  EXPECT_EQ(money::from_pounds(325500).pence(), 32550000);
  EXPECT_TRUE(money().is_zero());
  EXPECT_TRUE(pence(-1).is_negative());
  EXPECT_FALSE(pence(0).is_negative());
}

TEST(MoneyTest, RejectsWholePoundsThatDoNotFitInPence) {
  EXPECT_TRUE(fails_with<std::overflow_error>([] { return money::from_pounds(max_pence); },
                                              "commissioning.money.005", "9223372036854775807"));
}

TEST(MoneyTest, RoundsExactPoundsToThePennyByANamedRule) {
  // £0.125 is 12.5p: half away from zero gives 13p, half even 12p.
  EXPECT_EQ(money::from_pounds(rate::parse("0.125")), pence(13));
  EXPECT_EQ(money::from_pounds(rate::parse("0.125"), rounding::half_even), pence(12));
  EXPECT_EQ(money::from_pounds_exact(rate::parse("325484.88")), pence(32548488));
  EXPECT_TRUE(fails_with<std::invalid_argument>([] { return money::from_pounds_exact(rate::parse("0.125")); },
                                                "commissioning.money.008", "£0.125"));
}

TEST(MoneyTest, ExposesExactPounds) {
  EXPECT_EQ(pence(32548488).pounds(), rate::ratio(32548488, 100));
}

// ---------------------------------------------------------------- parsing

TEST(MoneyTest, ParsesGroupedPoundsWithSymbol) {
  EXPECT_EQ(money::parse("£1,627,500"), pence(162750000));  // seed 000
  EXPECT_EQ(money::parse("£325,484.88"), pence(32548488));  // seed 002
}

TEST(MoneyTest, ParsesPlainDecimals) {
  EXPECT_EQ(money::parse("325484.88"), pence(32548488));
  EXPECT_EQ(money::parse("1627500"), pence(162750000));
  EXPECT_EQ(money::parse("12.5"), pence(1250));  // one decimal means tens of pence
  EXPECT_EQ(money::parse("  £1  "), pence(100));
}

TEST(MoneyTest, ParsesNegativesWithMinusOrParentheses) {
  EXPECT_EQ(money::parse("-£12.50"), pence(-1250));
  EXPECT_EQ(money::parse("£-12.50"), pence(-1250));
  EXPECT_EQ(money::parse("(£12.50)"), pence(-1250));
  EXPECT_EQ(money::parse("+£12.50"), pence(1250));
}

TEST(MoneyTest, ParsesSmallValues) {
  EXPECT_EQ(money::parse("£0.05"), pence(5));
  EXPECT_EQ(money::parse("0"), pence(0));
  EXPECT_EQ(money::parse("-£0.00"), pence(0));
}

TEST(MoneyTest, ParsesTheExtremesOfSixtyFourBitPence) {
  EXPECT_EQ(money::parse("£92,233,720,368,547,758.07"), pence(max_pence));
  EXPECT_EQ(money::parse("-£92,233,720,368,547,758.08"), pence(min_pence));
  EXPECT_EQ(money::parse("(£92,233,720,368,547,758.08)"), pence(min_pence));
}

TEST(MoneyTest, RejectsMalformedText) {
  const auto parse = [](std::string_view text) { return [text] { return money::parse(text); }; };
  EXPECT_TRUE(fails_with<std::invalid_argument>(parse("1,2,3"), "commissioning.money.004", "'1,2,3'"));
  EXPECT_TRUE(fails_with<std::invalid_argument>(parse("1234,567"), "commissioning.money.004", "'1234,567'"));
  EXPECT_TRUE(fails_with<std::invalid_argument>(parse("1,234,56"), "commissioning.money.004", "'1,234,56'"));
  EXPECT_TRUE(fails_with<std::invalid_argument>(parse("£1.234"), "commissioning.money.003", "'£1.234'"));
  EXPECT_TRUE(fails_with<std::invalid_argument>(parse("12e3"), "commissioning.money.002", "'12e3'"));
  EXPECT_TRUE(fails_with<std::invalid_argument>(parse(""), "commissioning.money.001", "''"));
  EXPECT_TRUE(fails_with<std::invalid_argument>(parse("£"), "commissioning.money.001", "'£'"));
  EXPECT_TRUE(fails_with<std::invalid_argument>(parse("NaN"), "commissioning.money.002", "'NaN'"));
  EXPECT_TRUE(fails_with<std::invalid_argument>(parse("inf"), "commissioning.money.002", "'inf'"));
  EXPECT_TRUE(fails_with<std::invalid_argument>(parse(".50"), "commissioning.money.002", "'.50'"));
  EXPECT_TRUE(fails_with<std::invalid_argument>(parse("5."), "commissioning.money.002", "'5.'"));
  EXPECT_TRUE(fails_with<std::invalid_argument>(parse("(-£5)"), "commissioning.money.002", "'(-£5)'"));
  // Parentheses mean negative: a plus sign inside them is contradictory, not positive.
  EXPECT_TRUE(fails_with<std::invalid_argument>(parse("(+£5)"), "commissioning.money.002", "'(+£5)'"));
  EXPECT_TRUE(fails_with<std::invalid_argument>(parse("(£+5)"), "commissioning.money.002", "'(£+5)'"));
  EXPECT_TRUE(fails_with<std::invalid_argument>(parse("£ 5"), "commissioning.money.002", "'£ 5'"));
  EXPECT_TRUE(fails_with<std::invalid_argument>(parse("$5"), "commissioning.money.002", "'$5'"));
}

TEST(MoneyTest, RejectsAmountsBeyondSixtyFourBitPenceAsOverflow) {
  const auto parse = [](std::string_view text) { return [text] { return money::parse(text); }; };
  EXPECT_TRUE(fails_with<std::overflow_error>(parse("£92,233,720,368,547,758.08"), "commissioning.money.005",
                                              "'£92,233,720,368,547,758.08'"));
  EXPECT_TRUE(fails_with<std::overflow_error>(parse("-£92,233,720,368,547,758.09"), "commissioning.money.005",
                                              "'-£92,233,720,368,547,758.09'"));
  EXPECT_TRUE(fails_with<std::overflow_error>(parse("99999999999999999999999"), "commissioning.money.005",
                                              "'99999999999999999999999'"));
}

// ---------------------------------------------------------------- arithmetic

TEST(MoneyTest, AddsSubtractsAndNegates) {
  money total = money::parse("£298,361.14") + money::parse("£27,123.74");
  EXPECT_EQ(total, money::parse("£325,484.88"));  // the seed contract year's two parts
  EXPECT_EQ(total - money::parse("£27,123.74"), money::parse("£298,361.14"));
  EXPECT_EQ(-money::parse("£12.50"), money::parse("(£12.50)"));
  total += pence(12);
  EXPECT_EQ(total, pence(32548500));
  total -= pence(32548500);
  EXPECT_TRUE(total.is_zero());
}

TEST(MoneyTest, ComparesByValue) {
  EXPECT_LT(pence(-1), pence(0));
  EXPECT_GT(money::parse("£325,500"), money::parse("£325,484.88"));
  EXPECT_EQ(money::parse("£1"), pence(100));
  EXPECT_NE(money::parse("£1"), pence(101));
  EXPECT_EQ(std::hash<money>{}(money::parse("£1")), std::hash<money>{}(pence(100)));
  const std::unordered_set<money> distinct{pence(1), pence(1), pence(2)};
  EXPECT_EQ(distinct.size(), 2U);
}

TEST(MoneyTest, MultipliesByWholeNumbers) {
  // Seed 000: £325,500 a year over three years plus one plus one is £1,627,500.
  EXPECT_EQ(money::parse("£325,500") * 5, money::parse("£1,627,500"));
  // Seed 004: £325,484 a year for six years is £1,952,904.
  EXPECT_EQ(6 * money::parse("£325,484"), money::parse("£1,952,904"));
  EXPECT_EQ(pence(-7) * std::uint64_t{3}, pence(-21));
  EXPECT_EQ(pence(7) * short{-3}, pence(-21));
}

TEST(MoneyTest, SumsARange) {
  const std::vector<money> years(5, money::parse("£325,500"));  // seed 000
  EXPECT_EQ(sum(years), money::parse("£1,627,500"));
  EXPECT_EQ(sum(std::vector<money>{}), money());
  EXPECT_TRUE(fails_with<std::overflow_error>([] { return sum(std::vector<money>{pence(max_pence), pence(1)}); },
                                              "commissioning.money.006", "£92,233,720,368,547,758.07"));
}

TEST(MoneyTest, NeverWrapsOnOverflow) {
  EXPECT_TRUE(fails_with<std::overflow_error>([] { return pence(max_pence) + pence(1); }, "commissioning.money.006",
                                              "£92,233,720,368,547,758.07"));
  EXPECT_TRUE(fails_with<std::overflow_error>([] { return pence(min_pence) - pence(1); }, "commissioning.money.006",
                                              "-£92,233,720,368,547,758.08"));
  EXPECT_TRUE(fails_with<std::overflow_error>([] { return -pence(min_pence); }, "commissioning.money.006",
                                              "-£92,233,720,368,547,758.08"));
  EXPECT_TRUE(fails_with<std::overflow_error>([] { return pence(max_pence) * 2; }, "commissioning.money.006",
                                              "£92,233,720,368,547,758.07 times 2"));
  EXPECT_TRUE(fails_with<std::overflow_error>([] { return money::parse("£1") * max_pence; },
                                              "commissioning.money.006", "9223372036854775807"));
  EXPECT_TRUE(fails_with<std::overflow_error>(
      [] { return pence(-1) * std::numeric_limits<std::uint64_t>::max(); }, "commissioning.money.006",
      "18446744073709551615"));
  // -1p x 2^63 is exactly the most negative amount: no overflow.
  EXPECT_EQ(pence(-1) * (std::uint64_t{1} << 63), pence(min_pence));
  money total = pence(max_pence);
  EXPECT_THROW(total += pence(1), overflow_error);
  EXPECT_EQ(total, pence(max_pence));  // a failed update leaves the value alone
}

// ---------------------------------------------------------------- rates and rounding

TEST(MoneyTest, MultipliesByAnExactRate) {
  // £325,500 x 3.5% = £11,392.50 exactly (32,550,000p x 7/200 = 1,139,250p).
  EXPECT_EQ(money::parse("£325,500").multiply(rate::parse("3.5%")), money::parse("£11,392.50"));
  // £325,484.88 x 11/12 = 2,712,374p x 11 = £298,361.14 exactly.
  EXPECT_EQ(money::parse("£325,484.88").multiply(rate::ratio(11, 12)), money::parse("£298,361.14"));
}

struct tie_case {
  std::int64_t pence;
  std::int64_t half_away_from_zero, half_even, toward_zero, away_from_zero;
};

// Halves of odd pence: 1p/2 = 0.5, 5p/2 = 2.5, 7p/2 = 3.5, and their negatives.
constexpr tie_case halves[] = {
    {1, 1, 0, 0, 1},   {-1, -1, 0, 0, -1}, {3, 2, 2, 1, 2},   {-3, -2, -2, -1, -2},
    {5, 3, 2, 2, 3},   {-5, -3, -2, -2, -3}, {7, 4, 4, 3, 4}, {-7, -4, -4, -3, -4},
};

TEST(MoneyTest, MultiplyRoundsTiesByEachRule) {
  const rate half = rate::ratio(1, 2);
  for (const tie_case& c : halves) {
    SCOPED_TRACE(c.pence);
    EXPECT_EQ(pence(c.pence).multiply(half).pence(), c.half_away_from_zero);  // the default
    EXPECT_EQ(pence(c.pence).multiply(half, rounding::half_away_from_zero).pence(), c.half_away_from_zero);
    EXPECT_EQ(pence(c.pence).multiply(half, rounding::half_even).pence(), c.half_even);
    EXPECT_EQ(pence(c.pence).multiply(half, rounding::toward_zero).pence(), c.toward_zero);
    EXPECT_EQ(pence(c.pence).multiply(half, rounding::away_from_zero).pence(), c.away_from_zero);
  }
}

TEST(MoneyTest, DivideRoundsTiesByEachRule) {
  for (const tie_case& c : halves) {
    SCOPED_TRACE(c.pence);
    EXPECT_EQ(pence(c.pence).divide(2).pence(), c.half_away_from_zero);
    EXPECT_EQ(pence(c.pence).divide(2, rounding::half_even).pence(), c.half_even);
    EXPECT_EQ(pence(c.pence).divide(2, rounding::toward_zero).pence(), c.toward_zero);
    EXPECT_EQ(pence(c.pence).divide(2, rounding::away_from_zero).pence(), c.away_from_zero);
    // Dividing by -2 rounds the negated value the same way.
    EXPECT_EQ(pence(-c.pence).divide(-2, rounding::half_even).pence(), c.half_even);
    EXPECT_EQ(pence(c.pence).divide(rate(2), rounding::half_even).pence(), c.half_even);
  }
}

TEST(MoneyTest, RoundsNonTiesByEachRule) {
  // £100 / 1.5 = 6,666.666...p; -£100 / 1.5 = -6,666.666...p.
  const rate one_and_a_half = rate::parse("1.5");
  EXPECT_EQ(money::parse("£100").divide(one_and_a_half), pence(6667));
  EXPECT_EQ(money::parse("£100").divide(one_and_a_half, rounding::half_even), pence(6667));
  EXPECT_EQ(money::parse("£100").divide(one_and_a_half, rounding::toward_zero), pence(6666));
  EXPECT_EQ(money::parse("-£100").divide(one_and_a_half, rounding::toward_zero), pence(-6666));
  EXPECT_EQ(money::parse("-£100").divide(one_and_a_half, rounding::away_from_zero), pence(-6667));
  // 10p x 0.21 = 2.1p: only away from zero rounds it up.
  EXPECT_EQ(pence(10).multiply(rate::parse("0.21"), rounding::away_from_zero), pence(3));
  EXPECT_EQ(pence(-10).multiply(rate::parse("0.21"), rounding::away_from_zero), pence(-3));
  EXPECT_EQ(pence(10).multiply(rate::parse("0.21"), rounding::half_even), pence(2));
}

TEST(MoneyTest, RejectsDivisionByZero) {
  EXPECT_TRUE(fails_with<std::domain_error>([] { return pence(5).divide(0); }, "commissioning.money.007", "zero"));
  EXPECT_TRUE(
      fails_with<std::domain_error>([] { return pence(5).divide(rate()); }, "commissioning.money.007", "zero"));
  EXPECT_TRUE(
      fails_with<std::domain_error>([] { return pence(5).ratio_to(money()); }, "commissioning.money.007", "zero"));
}

TEST(MoneyTest, ProductsAndQuotientsThatDoNotFitAreOverflow) {
  EXPECT_TRUE(fails_with<std::overflow_error>([] { return pence(max_pence).multiply(rate(2)); },
                                              "commissioning.money.005", "64-bit pence"));
  EXPECT_TRUE(fails_with<std::overflow_error>([] { return pence(min_pence).divide(-1); },
                                              "commissioning.money.005", "64-bit pence"));
}

TEST(MoneyTest, GivesTheExactRatioOfTwoAmounts) {
  // £27,123.74 is one twelfth of £325,484.88.
  EXPECT_EQ(money::parse("£27,123.74").ratio_to(money::parse("£325,484.88")), rate::ratio(1, 12));
  // Signs follow arithmetic, whichever amount is negative.
  EXPECT_EQ(money::parse("£27,123.74").ratio_to(money::parse("-£325,484.88")), rate::ratio(-1, 12));
  EXPECT_EQ(money::parse("-£27,123.74").ratio_to(money::parse("-£325,484.88")), rate::ratio(1, 12));
}

// ---------------------------------------------------------------- display

TEST(MoneyTest, FormatsPoundsAndPence) {
  EXPECT_EQ(to_string(money::parse("£1,627,500")), "£1,627,500.00");
  EXPECT_EQ(to_string(money::parse("£325,484.88")), "£325,484.88");
  EXPECT_EQ(to_string(pence(5)), "£0.05");
  EXPECT_EQ(to_string(money()), "£0.00");
  EXPECT_EQ(to_string(pence(100)), "£1.00");
  EXPECT_EQ(to_string(pence(max_pence)), "£92,233,720,368,547,758.07");
  EXPECT_EQ(to_string(pence(min_pence)), "-£92,233,720,368,547,758.08");
  std::ostringstream out;
  out << money::parse("£1,627,500");
  EXPECT_EQ(out.str(), "£1,627,500.00");
}

TEST(MoneyTest, FormatsNegativesWithMinusOrParentheses) {
  EXPECT_EQ(to_string(pence(-1250)), "-£12.50");
  EXPECT_EQ(format(pence(-1250), {.negative = negative_style::parentheses}), "(£12.50)");
  EXPECT_EQ(format(pence(1250), {.negative = negative_style::parentheses}), "£12.50");
  // A negative that displays as zero is written without a sign.
  EXPECT_EQ(format(pence(-40), money_format::whole_pounds()), "£0");
}

TEST(MoneyTest, FormatsWholePounds) {
  EXPECT_EQ(format(money::parse("£1,627,500"), money_format::whole_pounds()), "£1,627,500");
  // Display rounding only: £0.50 shows as £1 (half away from zero) but the value is unchanged.
  EXPECT_EQ(format(pence(50), money_format::whole_pounds()), "£1");
  EXPECT_EQ(format(money(), money_format::whole_pounds()), "£0");
}

TEST(MoneyTest, FormatsThousands) {
  // £1,627,500 is 1,627.5 thousand: half away from zero shows £1,628k.
  EXPECT_EQ(format(money::parse("£1,627,500"), money_format::thousands()), "£1,628k");
  EXPECT_EQ(format(money::parse("£100,000"), money_format::thousands()), "£100k");  // seed 002
  EXPECT_EQ(format(money::parse("£65,000"), money_format::thousands()), "£65k");    // seed 001
  EXPECT_EQ(format(money::parse("£1,627,500"), money_format::thousands(1)), "£1,627.5k");
}

TEST(MoneyTest, FormatsMillions) {
  // £1,627,500 is 1.6275 million: £1.63m to two decimals.
  EXPECT_EQ(format(money::parse("£1,627,500"), money_format::millions()), "£1.63m");
  EXPECT_EQ(format(money::parse("£1,100,000"), money_format::millions(1)), "£1.1m");  // seed 002
  // £20,250,000 is 20.25 million: £20.3m half away from zero, £20.2m half even.
  EXPECT_EQ(format(money::parse("£20,250,000"), money_format::millions(1)), "£20.3m");
  money_format banker = money_format::millions(1);
  banker.display_rounding = rounding::half_even;
  EXPECT_EQ(format(money::parse("£20,250,000"), banker), "£20.2m");
  EXPECT_EQ(format(money::parse("-£20,250,000"), money_format::millions(1)), "-£20.3m");
}

TEST(MoneyTest, FormatsWithoutSymbolOrGrouping) {
  EXPECT_EQ(format(money::parse("£1,627,500"), {.symbol = false, .grouping = false}), "1627500.00");
  EXPECT_EQ(format(money::parse("£1,627,500"), {.symbol = false}), "1,627,500.00");
}

TEST(MoneyTest, RejectsMoreThanEighteenDisplayedDecimals) {
  EXPECT_TRUE(fails_with<std::invalid_argument>([] { return format(pence(1), {.decimals = 19}); },
                                                "commissioning.money.009", "18"));
}

// ---------------------------------------------------------------- properties

// A random count of pence: half the time anywhere in 64 bits (so sums overflow), half
// the time of a random size, so pennies and everyday figures appear too (an arithmetic
// shift keeps the sign).
std::int64_t random_pence(std::mt19937_64& engine) {
  const int shift = engine() % 2 == 0 ? 0 : std::uniform_int_distribution<int>(0, 63)(engine);
  return static_cast<std::int64_t>(engine()) >> shift;
}

TEST(MoneyPropertyTest, ParseReadsBackEveryFormattedAmount) {
  std::mt19937_64 engine(20220501);
  std::vector<std::int64_t> values{0, 1, -1, 5, -1250, max_pence, min_pence, max_pence - 1, min_pence + 1};
  for (int i = 0; i < 20000; ++i) values.push_back(random_pence(engine));
  for (const std::int64_t value : values) {
    const money amount = pence(value);
    ASSERT_EQ(money::parse(to_string(amount)), amount) << to_string(amount);
    const std::string accounts = format(amount, {.negative = negative_style::parentheses});
    ASSERT_EQ(money::parse(accounts), amount) << accounts;
    const std::string plain = format(amount, {.symbol = false, .grouping = false});
    ASSERT_EQ(money::parse(plain), amount) << plain;
  }
}

__extension__ typedef __int128 int128;  // the reference: wide enough for any sum or product here

bool fits(int128 value) { return value >= min_pence && value <= max_pence; }

TEST(MoneyPropertyTest, ArithmeticAgreesWithWideIntegersOrThrows) {
  std::mt19937_64 engine(20160501);
  int sum_overflows = 0, product_overflows = 0;
  for (int i = 0; i < 20000; ++i) {
    const std::int64_t a = random_pence(engine);
    const std::int64_t b = random_pence(engine);
    const int128 sum = int128{a} + b, difference = int128{a} - b, product = int128{a} * b;
    if (fits(sum)) {
      ASSERT_EQ((pence(a) + pence(b)).pence(), static_cast<std::int64_t>(sum)) << a << " + " << b;
    } else {
      ASSERT_THROW(pence(a) + pence(b), overflow_error) << a << " + " << b;
      ++sum_overflows;
    }
    if (fits(difference)) {
      ASSERT_EQ((pence(a) - pence(b)).pence(), static_cast<std::int64_t>(difference)) << a << " - " << b;
    } else {
      ASSERT_THROW(pence(a) - pence(b), overflow_error) << a << " - " << b;
    }
    if (fits(product)) {
      ASSERT_EQ((pence(a) * b).pence(), static_cast<std::int64_t>(product)) << a << " * " << b;
    } else {
      ASSERT_THROW(pence(a) * b, overflow_error) << a << " * " << b;
      ++product_overflows;
    }
    if (fits(-int128{a})) {
      ASSERT_EQ((-pence(a)).pence(), -a);
    } else {
      ASSERT_THROW(-pence(a), overflow_error);
    }
  }
  EXPECT_GT(sum_overflows, 1000);  // both branches were exercised
  EXPECT_GT(product_overflows, 1000);
}

TEST(MoneyPropertyTest, MultiplyIsTheExactProductRoundedOnce) {
  // For p pence x n/d the exact product is p*n/d; the rounded result r satisfies
  // |r*d - p*n| <= d/2 (half rules), < d (toward and away), and lies on the right side.
  std::mt19937_64 engine(4);
  for (int i = 0; i < 5000; ++i) {
    const std::int64_t p = random_pence(engine) >> 20;  // small enough that products fit
    const std::int64_t n = std::uniform_int_distribution<std::int64_t>(-1000, 1000)(engine);
    const std::int64_t d = std::uniform_int_distribution<std::int64_t>(1, 1000)(engine);
    const int128 exact_times_d = int128{p} * n;  // the exact product, times d
    for (const rounding mode : {rounding::half_away_from_zero, rounding::half_even, rounding::toward_zero,
                                rounding::away_from_zero}) {
      const int128 r = pence(p).multiply(rate::ratio(n, d), mode).pence();
      const int128 error = r * d - exact_times_d;  // d x (rounded - exact)
      const int128 magnitude = error < 0 ? -error : error;
      switch (mode) {
        case rounding::half_away_from_zero:
        case rounding::half_even: ASSERT_LE(2 * magnitude, int128{d}); break;
        case rounding::toward_zero:
          ASSERT_LT(magnitude, int128{d});
          ASSERT_LE(r < 0 ? -r * d : r * d, exact_times_d < 0 ? -exact_times_d : exact_times_d);
          break;
        case rounding::away_from_zero:
          ASSERT_LT(magnitude, int128{d});
          ASSERT_GE(r < 0 ? -r * d : r * d, exact_times_d < 0 ? -exact_times_d : exact_times_d);
          break;
      }
    }
  }
}

TEST(MoneyPropertyTest, MultiplyAgreesWithTheExactRationalAcrossSixtyFourBits) {
  // multiply takes a native 128-bit path when the rate's numerator and denominator fit in
  // 64 bits; it must give what rounding the exact Boost rational gives, or overflow when
  // that does not fit, for amounts and rates across the whole 64-bit range and every rule.
  std::mt19937_64 engine(2024);
  for (int i = 0; i < 20000; ++i) {
    const std::int64_t p = random_pence(engine);
    const std::int64_t n = random_pence(engine);
    std::int64_t d = random_pence(engine);
    if (d == 0 || d == std::numeric_limits<std::int64_t>::min()) d = 1;
    const rate factor = rate::ratio(n, d);
    for (const rounding mode : {rounding::half_away_from_zero, rounding::half_even, rounding::toward_zero,
                                rounding::away_from_zero}) {
      const big_integer expected = round_to_integer(big_rational(big_integer(p)) * factor.value(), mode);
      const bool fits = expected >= std::numeric_limits<std::int64_t>::min() &&
                        expected <= std::numeric_limits<std::int64_t>::max();
      if (fits) {
        ASSERT_EQ(big_integer(pence(p).multiply(factor, mode).pence()), expected) << p << " x " << n << "/" << d;
      } else {
        ASSERT_THROW((void)pence(p).multiply(factor, mode), commissioning::overflow_error) << p << " x " << n << "/" << d;
      }
    }
  }
}

}  // namespace
