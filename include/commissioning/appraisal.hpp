// SPDX-License-Identifier: MIT
/// \file appraisal.hpp
/// \brief The layer of option appraisal: discounting, deflators, optimism bias, options, sensitivity, scoring.
#pragma once

#include <commissioning/appraisal/discounting.hpp>
#include <commissioning/appraisal/deflator.hpp>
#include <commissioning/appraisal/optimism_bias.hpp>
#include <commissioning/appraisal/option.hpp>
#include <commissioning/appraisal/appraisal.hpp>
#include <commissioning/appraisal/sensitivity.hpp>
#include <commissioning/appraisal/mcda.hpp>
