// allocation: largest remainder, so the parts always sum exactly to the whole.
#include <commissioning/money/allocation.hpp>

#include <gtest/gtest.h>

#include "fails_with.hpp"

#include <algorithm>
#include <cstdint>
#include <limits>
#include <random>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace {

using namespace commissioning;

money pence(std::int64_t count) { return money::from_pence(count); }

std::vector<money> pence_list(std::initializer_list<std::int64_t> counts) {
  std::vector<money> result;
  for (const std::int64_t count : counts) result.push_back(pence(count));
  return result;
}

std::vector<money> allocate_ints(money total, std::vector<std::int64_t> weights) {
  return allocate(total, std::span<const std::int64_t>(weights));
}

std::vector<money> allocate_rates(money total, std::vector<rate> weights) {
  return allocate(total, std::span<const rate>(weights));
}

// ---------------------------------------------------------------- split

TEST(AllocationTest, SplitsAPoundIntoThreeWithTheOddPennyFirst) {
  // 100p / 3 = 33.33p each: one penny is left over and goes to the earliest part.
  EXPECT_EQ(split(pence(100), 3), pence_list({34, 33, 33}));
  EXPECT_EQ(split(pence(-100), 3), pence_list({-34, -33, -33}));
  EXPECT_EQ(split(pence(2), 3), pence_list({1, 1, 0}));
  EXPECT_EQ(split(pence(1), 3), pence_list({1, 0, 0}));
  EXPECT_EQ(split(money(), 3), pence_list({0, 0, 0}));
}

TEST(AllocationTest, SplitsTheWholeLifeValueIntoEqualYears) {
  // Seed 000: £1,627,500 over three years plus one plus one is £325,500 a year.
  EXPECT_EQ(split(money::parse("£1,627,500"), 5), std::vector<money>(5, money::parse("£325,500")));
  // Seed 004: £1,952,904 over six years is £325,484 a year.
  EXPECT_EQ(split(money::parse("£1,952,904"), 6), std::vector<money>(6, money::parse("£325,484")));
}

TEST(AllocationTest, RejectsSplittingIntoNoParts) {
  EXPECT_TRUE(fails_with<std::invalid_argument>([] { return split(pence(100), 0); },
                                                "commissioning.allocation.001", "no parts"));
}

// ---------------------------------------------------------------- whole-number weights

TEST(AllocationTest, AllocatesByWholeNumberWeights) {
  // £1,000 in 1:2 is £333.333... and £666.666...: the leftover penny goes to the larger remainder.
  EXPECT_EQ(allocate_ints(money::parse("£1,000"), {1, 2}), pence_list({33333, 66667}));
  // 10p in 1:2 is 3.33p and 6.67p: again the larger remainder, not the earlier part.
  EXPECT_EQ(allocate_ints(pence(10), {1, 2}), pence_list({3, 7}));
}

TEST(AllocationTest, GivesTiedRemaindersToTheEarliestParts) {
  // 5p over four equal weights is 1.25p each: one penny left over, to part one.
  EXPECT_EQ(allocate_ints(pence(5), {1, 1, 1, 1}), pence_list({2, 1, 1, 1}));
  // 7p in 2:1:2:1 is 2.33, 1.17, 2.33, 1.17: one penny is left; parts one and three tie
  // on the largest remainder, so part one takes it.
  EXPECT_EQ(allocate_ints(pence(7), {2, 1, 2, 1}), pence_list({3, 1, 2, 1}));
}

TEST(AllocationTest, GivesZeroWeightsNothing) {
  // 100p in 0:1:0:2 is 0, 33.33, 0, 66.67.
  EXPECT_EQ(allocate_ints(pence(100), {0, 1, 0, 2}), pence_list({0, 33, 0, 67}));
  EXPECT_EQ(allocate_ints(pence(-1), {0, 5, 0}), pence_list({0, -1, 0}));
}

TEST(AllocationTest, AllocatesTheExtremesWithoutOverflow) {
  constexpr std::int64_t max = std::numeric_limits<std::int64_t>::max();
  // max x max / (max + 1) needs 126 bits: the parts are max - 1 and 1.
  EXPECT_EQ(allocate_ints(pence(max), {max, 1}), pence_list({max - 1, 1}));
  EXPECT_EQ(allocate_ints(pence(-max), {1, 1}), pence_list({-(max / 2 + 1), -(max / 2)}));
}

TEST(AllocationTest, RejectsBadWeights) {
  EXPECT_TRUE(fails_with<std::invalid_argument>([] { return allocate_ints(pence(100), {}); },
                                                "commissioning.allocation.001", "no parts"));
  EXPECT_TRUE(fails_with<std::invalid_argument>([] { return allocate_ints(pence(100), {3, -1}); },
                                                "commissioning.allocation.002", "weight 1 is negative: -1"));
  EXPECT_TRUE(fails_with<std::domain_error>([] { return allocate_ints(pence(100), {0, 0}); },
                                            "commissioning.allocation.003", "zero"));
}

TEST(AllocationTest, RejectsTheMostNegativeAmountAsOverflow) {
  // Its magnitude has no int64 counterpart; the error is explicit, not a wrapped part.
  EXPECT_TRUE(fails_with<std::overflow_error>(
      [] { return split(pence(std::numeric_limits<std::int64_t>::min()), 2); }, "commissioning.money.006",
      "most negative"));
}

// ---------------------------------------------------------------- rate weights

TEST(AllocationTest, AllocatesByRateWeights) {
  // The seed contract year in 11/12 and 1/12: 2,712,374p x 11 and 2,712,374p, exactly.
  EXPECT_EQ(allocate_rates(money::parse("£325,484.88"), {rate::ratio(11, 12), rate::ratio(1, 12)}),
            std::vector<money>({money::parse("£298,361.14"), money::parse("£27,123.74")}));
  EXPECT_EQ(allocate_rates(money::parse("£1"), {rate::parse("0.5"), rate::parse("25%"), rate::parse("0.25")}),
            pence_list({50, 25, 25}));
  // Weights need not sum to one: only their proportions count.
  EXPECT_EQ(allocate_rates(pence(100), {rate::ratio(1, 3), rate::ratio(1, 3), rate::ratio(1, 3)}),
            split(pence(100), 3));
  EXPECT_EQ(allocate_rates(pence(100), {rate(0), rate::ratio(2, 7)}), pence_list({0, 100}));
}

TEST(AllocationTest, RejectsBadRateWeights) {
  EXPECT_TRUE(fails_with<std::invalid_argument>([] { return allocate_rates(pence(100), {}); },
                                                "commissioning.allocation.001", "no parts"));
  EXPECT_TRUE(fails_with<std::invalid_argument>(
      [] { return allocate_rates(pence(100), {rate(1), rate::ratio(-1, 2)}); }, "commissioning.allocation.002",
      "weight 1 is negative: -0.5"));
  EXPECT_TRUE(fails_with<std::domain_error>([] { return allocate_rates(pence(100), {rate(), rate()}); },
                                            "commissioning.allocation.003", "zero"));
}

// ---------------------------------------------------------------- properties

// Checks the two promises: the parts sum exactly to the total, and each part is
// within a penny of its exact share total x w / W (|part x W - total x w| < W).
testing::AssertionResult sums_and_stays_within_a_penny(money total, const std::vector<money>& parts,
                                                       const std::vector<big_rational>& weights) {
  if (parts.size() != weights.size()) return testing::AssertionFailure() << "wrong number of parts";
  big_rational weight_sum = 0;
  for (const auto& w : weights) weight_sum += w;
  big_integer part_sum = 0;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    part_sum += parts[i].pence();
    const big_rational exact = big_rational(total.pence()) * weights[i] / weight_sum;
    const big_rational gap = abs(big_rational(parts[i].pence()) - exact);
    if (gap >= 1) return testing::AssertionFailure() << "part " << i << " is " << gap << "p from its share";
    if (weights[i] == 0 && !parts[i].is_zero()) return testing::AssertionFailure() << "zero weight got money";
  }
  if (part_sum != total.pence()) return testing::AssertionFailure() << "parts sum to " << part_sum;
  return testing::AssertionSuccess();
}

std::int64_t random_pence(std::mt19937_64& engine) {
  // A random size, then the sign; never the most negative value (which is rejected).
  const int shift = std::uniform_int_distribution<int>(0, 63)(engine);
  const std::int64_t value = static_cast<std::int64_t>(engine()) >> shift;
  return value == std::numeric_limits<std::int64_t>::min() ? 0 : value;
}

TEST(AllocationPropertyTest, WholeNumberWeightsSumExactlyAndStayWithinAPenny) {
  std::mt19937_64 engine(1627500);
  for (int i = 0; i < 5000; ++i) {
    const money total = pence(random_pence(engine));
    const std::size_t n = std::uniform_int_distribution<std::size_t>(1, 12)(engine);
    std::vector<std::int64_t> weights(n);
    const int shift = std::uniform_int_distribution<int>(1, 63)(engine);  // tiny to huge weights
    for (std::size_t k = 0; k < n; ++k)
      weights[k] = engine() % 4 == 0 ? 0 : static_cast<std::int64_t>(engine() >> shift);
    if (std::all_of(weights.begin(), weights.end(), [](std::int64_t w) { return w == 0; })) weights[0] = 1;
    std::vector<big_rational> exact;
    for (const std::int64_t w : weights) exact.emplace_back(big_integer(w));
    ASSERT_TRUE(sums_and_stays_within_a_penny(total, allocate(total, std::span<const std::int64_t>(weights)), exact))
        << total.pence();
  }
}

TEST(AllocationPropertyTest, RateWeightsSumExactlyAndStayWithinAPenny) {
  std::mt19937_64 engine(32548488);
  std::uniform_int_distribution<std::int64_t> numerators(0, 1000), denominators(1, 400);
  for (int i = 0; i < 3000; ++i) {
    const money total = pence(random_pence(engine));
    const std::size_t n = std::uniform_int_distribution<std::size_t>(1, 8)(engine);
    std::vector<rate> weights;
    std::vector<big_rational> exact;
    for (std::size_t k = 0; k < n; ++k) {
      weights.push_back(rate::ratio(numerators(engine), denominators(engine)));
      exact.push_back(weights.back().value());
    }
    if (std::all_of(exact.begin(), exact.end(), [](const big_rational& w) { return w == 0; })) {
      weights[0] = rate(1);
      exact[0] = 1;
    }
    ASSERT_TRUE(sums_and_stays_within_a_penny(total, allocate(total, std::span<const rate>(weights)), exact))
        << total.pence();
  }
}

TEST(AllocationPropertyTest, SplitsSumExactlyAndDifferByAtMostAPenny) {
  std::mt19937_64 engine(3);
  for (int i = 0; i < 3000; ++i) {
    const money total = pence(random_pence(engine));
    const std::size_t n = std::uniform_int_distribution<std::size_t>(1, 40)(engine);
    const std::vector<money> parts = split(total, n);
    ASSERT_EQ(sum(parts), total);
    // Non-increasing in magnitude: the odd pennies go to the earliest parts.
    for (std::size_t k = 1; k < n; ++k) {
      const std::int64_t step = total.is_negative() ? parts[k].pence() - parts[k - 1].pence()
                                                    : parts[k - 1].pence() - parts[k].pence();
      ASSERT_TRUE(step == 0 || step == 1) << total.pence() << " / " << n;
    }
  }
}

}  // namespace
