// SPDX-License-Identifier: MIT
/// \file report.hpp
/// \brief The layer of report output: the table model, renderers, cabinet tables and sentences.
#pragma once

#include <commissioning/report/report.hpp>
#include <commissioning/report/render.hpp>
#include <commissioning/report/report_tables.hpp>
#include <commissioning/report/financial_implications.hpp>
