// UI strings by language, from flat JSON files (key → UTF-8 string) in assets/i18n. A missing key
// shows as the key itself, so a gap is visible on screen rather than blank.
#pragma once

#include <map>
#include <string>
#include <utility>
#include <vector>

namespace render {

class Strings {
 public:
  // Parses one language's JSON text; on error returns false and sets *error (nothing throws).
  bool add_language(const std::string& language, const std::string& json_text, std::string* error);
  bool has_language(const std::string& language) const { return tables_.count(language) != 0; }
  bool set_language(const std::string& language);
  const std::string& language() const { return language_; }

  // The string for key in the current language; the key itself when missing.
  const char* tr(const char* key) const;
  // tr(key) with each "{name}" replaced by its value.
  std::string format(const char* key,
                     const std::vector<std::pair<std::string, std::string>>& values) const;
  // Every string of every language, concatenated: the text the UI font must cover.
  std::string all_text() const;

 private:
  std::map<std::string, std::map<std::string, std::string>> tables_;
  std::string language_;
};

}  // namespace render
