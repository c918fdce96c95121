// SPDX-License-Identifier: MIT
/// \file contract.hpp
/// \brief The layer of contracts: terms, prices, modifications, profiles.
#pragma once

#include <commissioning/contract/term.hpp>
#include <commissioning/contract/price.hpp>
#include <commissioning/contract/modification.hpp>
#include <commissioning/contract/contract.hpp>
#include <commissioning/contract/register.hpp>
