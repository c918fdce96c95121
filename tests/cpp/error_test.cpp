// error: stable ids, a greppable prefix, one base, and the right standard exception.
#include <commissioning/calendar.hpp>
#include <commissioning/error.hpp>
#include <commissioning/money/allocation.hpp>
#include <commissioning/money/money.hpp>
#include <commissioning/money/rate.hpp>

#include <gtest/gtest.h>

#include <cstdint>
#include <exception>
#include <functional>
#include <regex>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace {

using namespace commissioning;

// Each kind is a commissioning::error and exactly the standard exception Python maps it through.
static_assert(std::is_base_of_v<error, invalid_input> && std::is_base_of_v<std::invalid_argument, invalid_input>);
static_assert(std::is_base_of_v<error, domain_violation> && std::is_base_of_v<std::domain_error, domain_violation>);
static_assert(std::is_base_of_v<error, out_of_range_error> && std::is_base_of_v<std::out_of_range, out_of_range_error>);
static_assert(std::is_base_of_v<error, overflow_error> && std::is_base_of_v<std::overflow_error, overflow_error>);
static_assert(std::is_abstract_v<error>);  // only the four kinds are ever thrown

TEST(ErrorTest, BuildsIdsFromAreaAndNumber) {
  EXPECT_EQ(detail::error_id("money", 5), "commissioning.money.005");
  EXPECT_EQ(detail::error_id("financial_year", 12), "commissioning.financial_year.012");
  EXPECT_EQ(detail::error_id("date", 123), "commissioning.date.123");
}

TEST(ErrorTest, PrefixesTheMessageWithTheId) {
  const invalid_input e("money", 1, "cannot read '' as money: the text is empty");
  EXPECT_EQ(e.id(), "commissioning.money.001");
  EXPECT_STREQ(e.what(), "[commissioning.money.001] cannot read '' as money: the text is empty");
  EXPECT_STREQ(e.message(), e.what());
}

TEST(ErrorTest, QuotesTheUsersText) {
  EXPECT_EQ(quote("£1.234"), "'£1.234'");
  EXPECT_EQ(quote(""), "''");
}

// One failure from every area, with the standard exception it must also be.
enum class std_kind { invalid_argument, domain_error, out_of_range, overflow_error };

struct failure {
  std::function<void()> action;
  std::string id;
  std_kind kind;
  std::string offending;  // text the message must contain
};

const failure failures[] = {
    {[] { (void)money::parse("1,2,3"); }, "commissioning.money.004", std_kind::invalid_argument, "'1,2,3'"},
    {[] { (void)money::parse("£92,233,720,368,547,758.08"); }, "commissioning.money.005", std_kind::overflow_error,
     "'£92,233,720,368,547,758.08'"},
    {[] { (void)(money::from_pence(INT64_MAX) + money::from_pence(1)); }, "commissioning.money.006",
     std_kind::overflow_error, "£92,233,720,368,547,758.07 and £0.01"},
    {[] { (void)money::from_pence(1).divide(0); }, "commissioning.money.007", std_kind::domain_error, "by zero"},
    {[] { (void)rate::parse("NaN"); }, "commissioning.rate.001", std_kind::invalid_argument, "'NaN'"},
    {[] { (void)rate::ratio(1, 0); }, "commissioning.rate.003", std_kind::domain_error, "denominator"},
    {[] { (void)split(money::from_pence(1), 0); }, "commissioning.allocation.001", std_kind::invalid_argument,
     "no parts"},
    {[] { (void)allocate(money::from_pence(1), std::vector<std::int64_t>{0, 0}); }, "commissioning.allocation.003",
     std_kind::domain_error, "zero"},
    {[] { (void)parse_date("yesterday"); }, "commissioning.date.001", std_kind::invalid_argument, "'yesterday'"},
    {[] { (void)parse_date("31 February 2021"); }, "commissioning.date.002", std_kind::invalid_argument,
     "'31 February 2021'"},
    {[] { (void)make_date(10000, 1, 1); }, "commissioning.date.003", std_kind::out_of_range, "10000"},
    {[] { (void)period(make_date(2023, 5, 1), make_date(2023, 4, 30)); }, "commissioning.period.001",
     std_kind::invalid_argument, "2023-04-30"},
    {[] { (void)financial_year::parse("2022-24"); }, "commissioning.financial_year.003", std_kind::invalid_argument,
     "'2022-24'"},
};

bool is_kind(const std::exception& e, std_kind kind) {
  switch (kind) {
    case std_kind::invalid_argument: return dynamic_cast<const std::invalid_argument*>(&e) != nullptr;
    case std_kind::domain_error: return dynamic_cast<const std::domain_error*>(&e) != nullptr;
    case std_kind::out_of_range: return dynamic_cast<const std::out_of_range*>(&e) != nullptr;
    case std_kind::overflow_error: return dynamic_cast<const std::overflow_error*>(&e) != nullptr;
  }
  return false;
}

TEST(ErrorTest, EveryErrorHasAStableIdAndAGreppablePrefix) {
  const std::regex id_form(R"(commissioning\.[a-z_]+\.\d{3})");
  for (const failure& f : failures) {
    SCOPED_TRACE(f.id);
    try {
      f.action();
      ADD_FAILURE() << "nothing thrown";
    } catch (const error& e) {
      EXPECT_EQ(e.id(), f.id);
      EXPECT_TRUE(std::regex_match(e.id(), id_form)) << e.id();
      const std::string what = e.message();
      EXPECT_TRUE(what.starts_with("[" + f.id + "] ")) << what;
      EXPECT_NE(what.find(f.offending), std::string::npos) << what;
    }
  }
}

TEST(ErrorTest, EveryErrorIsCatchableAsTheRightStandardException) {
  for (const failure& f : failures) {
    SCOPED_TRACE(f.id);
    try {
      f.action();
      ADD_FAILURE() << "nothing thrown";
    } catch (const std::exception& e) {
      EXPECT_TRUE(is_kind(e, f.kind)) << e.what();
      EXPECT_NE(dynamic_cast<const error*>(&e), nullptr) << e.what();
      EXPECT_TRUE(std::string_view(e.what()).starts_with("[" + f.id + "] ")) << e.what();
    }
  }
}

TEST(ErrorTest, SurvivesBeingCarriedAcrossAnExceptionPointer) {
  std::exception_ptr carried;
  try {
    (void)money::parse("£1.234");
  } catch (...) {
    carried = std::current_exception();
  }
  ASSERT_TRUE(carried);
  try {
    std::rethrow_exception(carried);
  } catch (const std::invalid_argument& e) {
    const auto* ours = dynamic_cast<const error*>(&e);
    ASSERT_NE(ours, nullptr);
    EXPECT_EQ(ours->id(), "commissioning.money.003");
    EXPECT_NE(std::string_view(e.what()).find("'£1.234'"), std::string_view::npos);
  }
}

TEST(ErrorTest, CopiesKeepTheIdAndMessage) {
  const overflow_error original("money", 6, "negating -£92,233,720,368,547,758.08 overflows");
  const overflow_error copy = original;
  EXPECT_EQ(copy.id(), "commissioning.money.006");
  EXPECT_STREQ(copy.what(), original.what());
}

}  // namespace
