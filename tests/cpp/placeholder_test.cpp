#include <commissioning/commissioning.hpp>
#include <gtest/gtest.h>
TEST(Smoke, Builds) { EXPECT_EQ(commissioning::money::parse("£1").pence(), 100); }
