#include "render/ui/i18n.hpp"

#include <nlohmann/json.hpp>

namespace render {

bool Strings::add_language(const std::string& language, const std::string& json_text,
                           std::string* error) {
  // allow_exceptions = false: a parse error yields a "discarded" value instead of throwing.
  const nlohmann::json doc = nlohmann::json::parse(json_text, nullptr, false);
  if (doc.is_discarded() || !doc.is_object()) {
    *error = "i18n " + language + ": not a JSON object";
    return false;
  }
  std::map<std::string, std::string> table;
  for (auto it = doc.begin(); it != doc.end(); ++it) {
    if (!it.value().is_string()) {
      *error = "i18n " + language + ": value of key '" + it.key() + "' is not a string";
      return false;
    }
    table[it.key()] = it.value().get<std::string>();
  }
  tables_[language] = std::move(table);
  if (language_.empty()) language_ = language;
  return true;
}

bool Strings::set_language(const std::string& language) {
  if (!has_language(language)) return false;
  language_ = language;
  return true;
}

const char* Strings::tr(const char* key) const {
  const auto table = tables_.find(language_);
  if (table == tables_.end()) return key;
  const auto it = table->second.find(key);
  return it == table->second.end() ? key : it->second.c_str();
}

std::string Strings::format(const char* key,
                            const std::vector<std::pair<std::string, std::string>>& values) const {
  std::string text = tr(key);
  for (const auto& [name, value] : values) {
    const std::string field = "{" + name + "}";
    for (std::size_t at = text.find(field); at != std::string::npos; at = text.find(field, at + value.size()))
      text.replace(at, field.size(), value);
  }
  return text;
}

std::string Strings::all_text() const {
  std::string text;
  for (const auto& [language, table] : tables_)
    for (const auto& [key, value] : table) text += value;
  return text;
}

}  // namespace render
