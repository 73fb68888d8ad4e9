#pragma once
// Gansu's cities and counties with their GB/T 2260 area codes (the first six
// digits of a resident ID), real townships for a few counties, and the names
// and phrases the generator draws from.
#include <span>
#include <string_view>

namespace jiedui::sample {

struct County {
  std::string_view city;
  std::string_view name;
  std::string_view code;  // GB/T 2260, e.g. 620802
  std::span<const std::string_view> townships;  // real ones; empty: generated
};

std::span<const County> gansu_counties();  // in area-code order

// Name pools: surnames, and given names by gender and generation.
std::span<const std::string_view> surnames();
std::span<const std::string_view> given_names(bool female, int birth_year);
// Parts of generated township and village names (the lists above stop at
// township; villages are always generated).
std::span<const std::string_view> place_stems();
std::span<const std::string_view> village_suffixes();
std::span<const std::string_view> township_suffixes();

// Work-record notes in a cadre's words; some hold commas, quotes or newlines.
std::span<const std::string_view> visit_notes();
std::span<const std::string_view> contact_notes();

// Cadres' units and posts, and ethnicities.
std::span<const std::string_view> cadre_units();
std::span<const std::string_view> cadre_positions();
std::span<const std::string_view> cadre_ranks();

}  // namespace jiedui::sample
