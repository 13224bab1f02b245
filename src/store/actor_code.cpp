#include "store/actor_code.h"

#include <algorithm>
#include <span>
#include <vector>

#include <fmt/format.h>

namespace tidings::store {
namespace {

constexpr std::size_t kBlock = 3;
// Longer codes than this are not actor codes but pasted text.
constexpr std::size_t kMaxActorCodeLength = 30;

// Roles (CAMEO "type" codes), domestic and transnational; sorted.
constexpr std::string_view kRoles[] = {
    "AGR", "BUS", "COP", "CRM", "CVL", "DEV", "EDU", "ELI", "ENV", "GOV", "HLH", "HRI",
    "IGO", "IMG", "INS", "JUD", "LAB", "LEG", "MED", "MIL", "MNC", "MOD", "NGM", "NGO",
    "OPP", "PTY", "RAD", "REB", "REF", "REL", "SEP", "SET", "SPY", "UAF"};

// Organizations by kind rather than by country: PLOVER codes them as such.
constexpr std::string_view kTransnational[] = {"IGO", "IMG", "MNC", "NGM", "NGO"};

// Religions (CAMEO religion codes); sorted. "SUN" is also the Soviet Union's
// country code, which wins in first position.
constexpr std::string_view kReligions[] = {
    "ADR", "ALE", "ATH", "BAH", "BUD", "CHR", "CON", "CPT", "CTH", "DOX", "DRZ", "HIN", "HSD", "ITJ", "JAN",
    "JEW", "JHW", "LDS", "MOS", "MRN", "NRM", "ORT", "PRO", "SHI", "SHN", "SIK", "SUF", "SUN", "TAO"};

// Regions used where a country would be; sorted.
constexpr std::string_view kRegions[] = {
    "AFR", "ASA", "BLK", "CAS", "CAU", "CFR", "CRB", "EAF", "EEU", "EIN", "EUR", "LAM", "MDT",
    "MEA", "NAF", "NMR", "PGS", "SAF", "SAM", "SAS", "SCN", "SEA", "WAF", "WEU", "WST"};

// Ethnic groups that CAMEO codes inside organization codes ("IGOARBGCC").
constexpr std::string_view kEthnic[] = {"ARB", "KUR"};

bool In(std::span<const std::string_view> set, std::string_view block) {
  return std::find(set.begin(), set.end(), block) != set.end();
}

std::vector<std::string_view> Blocks(std::string_view code) {
  std::vector<std::string_view> blocks;
  for (std::size_t i = 0; i + kBlock <= code.size(); i += kBlock) blocks.push_back(code.substr(i, kBlock));
  return blocks;
}

void AddRole(GdeltActorParts& parts, std::string_view block) {
  for (std::string* slot : {&parts.type1, &parts.type2, &parts.type3}) {
    if (slot->empty()) {
      *slot = block;
      return;
    }
  }
}

void AddReligion(GdeltActorParts& parts, std::string_view block) {
  std::string& slot = parts.religion1.empty() ? parts.religion1 : parts.religion2;
  if (slot.empty()) slot = block;
}

}  // namespace

Result<std::string> NormalizeActorCode(std::string_view text) {
  const bool unknown_country = text.starts_with(kUnknownCountry);
  std::string code(WithoutUnknownCountry(text));
  bool letters = !code.empty() || unknown_country;
  for (char& c : code) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    letters = letters && c >= 'A' && c <= 'Z';
  }
  if (!letters || code.size() % kBlock != 0 || code.size() > kMaxActorCodeLength)
    return Status::InvalidInput(fmt::format(
        "actor code '{}' is not a CAMEO actor code: codes are blocks of three letters (RUS, RUSGOV, IGOUNO, "
        "---COP for police of no known country)",
        text));
  return unknown_country ? std::string(kUnknownCountry) + code : code;
}

std::string_view WithoutUnknownCountry(std::string_view code) {
  return code.starts_with(kUnknownCountry) ? code.substr(kUnknownCountry.size()) : code;
}

GdeltActorParts SplitActorCode(std::string_view code) {
  GdeltActorParts parts;
  const std::vector<std::string_view> blocks = Blocks(WithoutUnknownCountry(code));
  // After kUnknownCountry no block is a country: "---MUS" is no Mauritian.
  const bool country_first = !code.starts_with(kUnknownCountry);
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    const std::string_view b = blocks[i];
    const bool first = i == 0 && country_first;
    if (In(kRoles, b)) {
      AddRole(parts, b);
    } else if (first && b != "SUN" && In(kReligions, b)) {
      AddReligion(parts, b);
    } else if (first) {
      parts.country = b;
    } else if (In(kReligions, b)) {
      AddReligion(parts, b);
    } else if (In(kEthnic, b)) {
      parts.ethnic = b;
    } else if (parts.country.empty() && In(kRegions, b)) {
      parts.country = b;
    } else {
      parts.known_group = b;
    }
  }
  return parts;
}

PloverActorParts PloverActor(std::string_view code) {
  const GdeltActorParts parts = SplitActorCode(code);
  code = WithoutUnknownCountry(code);
  const std::string_view first = code.substr(0, std::min(kBlock, code.size()));
  if (In(kTransnational, first)) {
    // type1 is the organization kind itself; the sector is the next role.
    return {std::string(first), parts.type2};
  }
  return {parts.country, parts.type1};
}

}  // namespace tidings::store
