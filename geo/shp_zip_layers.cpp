// Zipped Shapefiles: find the layers inside a zip and read them as one LayerRead
// (read_shapefile_zip in shapefile_reader.hpp).
#include <algorithm>
#include <exception>
#include <map>

#include "geo/shapefile_reader.hpp"
#include "geo/zip_archive.hpp"

namespace geo {
namespace {

std::string lower_ascii(std::string s) {
  for (char& c : s)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return s;
}

// "shp", "shx", "dbf", "prj" or "cpg" for a Shapefile part (extension in any case), else empty.
std::string part_extension(const std::string& name) {
  const std::size_t dot = name.rfind('.');
  const std::size_t slash = name.find_last_of("/\\");
  if (dot == std::string::npos || (slash != std::string::npos && dot < slash)) return {};
  const std::string ext = lower_ascii(name.substr(dot + 1));
  for (const char* part : {"shp", "shx", "dbf", "prj", "cpg"})
    if (ext == part) return ext;
  return {};
}

// macOS Finder adds "__MACOSX/…/._name.shp" resource forks to zips: not Shapefile parts.
bool is_macos_metadata(const std::string& name) {
  const std::size_t slash = name.find_last_of("/\\");
  const std::string base = slash == std::string::npos ? name : name.substr(slash + 1);
  return name.rfind("__MACOSX/", 0) == 0 || base.rfind("._", 0) == 0;
}

struct Group {
  std::string stem;      // the .shp's path without extension, as in the zip
  std::string shp_name;  // the .shp's path, as in the zip
  ShapefileParts parts;
  std::vector<std::string> names;  // entries of the group, for the "not read" list
  bool has_shp = false;
};

std::string compact_prj(const std::string& wkt) {
  std::string s;
  for (const char c : wkt)
    if (c != ' ' && c != '\t' && c != '\r' && c != '\n') s += c;
  return s;
}

std::string list_names(const std::vector<std::string>& names) {
  std::string s;
  const std::size_t shown = std::min<std::size_t>(names.size(), 10);
  for (std::size_t k = 0; k < shown; ++k) s += (k ? ", " : "") + names[k];
  if (names.size() > shown) s += " and " + std::to_string(names.size() - shown) + " more";
  return s;
}

std::uint64_t count_of(const LayerRead& r, const std::string& key) {
  for (const auto& [k, v] : r.counts)
    if (k == key) return v;
  return 0;
}

void add_count(LayerRead* out, const std::string& key, std::uint64_t n) {
  for (auto& [k, v] : out->counts)
    if (k == key) {
      v += n;
      return;
    }
  out->counts.emplace_back(key, n);
}

void read_zip_layers(std::string_view zip_bytes, LayerRead* out) {
  const std::string& file = out->file;
  std::vector<ZipEntry> entries;
  std::string error;
  const auto wanted = [](const std::string& name) { return !part_extension(name).empty() && !is_macos_metadata(name); };
  if (!read_zip(zip_bytes, &entries, &error, wanted)) {
    out->errors.push_back(Issue{file, "", error});
    out->file_ok = false;
    return;
  }

  std::map<std::string, Group> groups;  // by lower-case stem: deterministic order, case-insensitive match
  std::vector<std::string> not_read;
  for (ZipEntry& e : entries) {
    if (!e.read) {
      not_read.push_back(e.name);
      continue;
    }
    const std::string ext = part_extension(e.name);
    const std::string stem = e.name.substr(0, e.name.size() - ext.size() - 1);
    Group& g = groups[lower_ascii(stem)];
    std::string* slot = ext == "shp" ? &g.parts.shp : ext == "shx" ? &g.parts.shx : ext == "dbf" ? &g.parts.dbf
                        : ext == "prj" ? &g.parts.prj : &g.parts.cpg;
    if (!slot->empty() || (ext == "shp" && g.has_shp)) {
      out->warnings.push_back(Issue{file, e.name, "a second ." + ext + " for the same layer (names differ only in "
                                                  "case); the first one is read"});
      continue;
    }
    *slot = std::move(e.data);
    g.names.push_back(e.name);
    if (ext == "shp") {
      g.has_shp = true;
      g.stem = stem;
      g.shp_name = e.name;
    }
  }
  std::vector<const Group*> layers;
  for (const auto& [key, g] : groups) {
    if (g.has_shp)
      layers.push_back(&g);
    else
      not_read.insert(not_read.end(), g.names.begin(), g.names.end());
  }
  if (layers.empty()) {
    out->errors.push_back(Issue{file, "", "the zip holds no .shp file" +
                                              (not_read.empty() ? std::string(" (it is empty)")
                                                                : " (entries: " + list_names(not_read) + ")")});
    out->file_ok = false;
    return;
  }
  if (!not_read.empty())
    out->warnings.push_back(Issue{file, "", std::to_string(not_read.size()) +
                                                " zip entries are not Shapefile layers and were not read: " +
                                                list_names(not_read)});

  const bool several = layers.size() > 1;
  bool any_prj = false;
  for (const Group* g : layers) any_prj = any_prj || !g->parts.prj.empty();
  std::string reference_prj;  // the first layer's .prj that has one
  std::string reference_layer;
  bool any_ok = false;
  std::uint64_t layers_read = 0;
  for (const Group* g : layers) {
    const std::string layer_file = file + "/" + g->shp_name;
    LayerRead r = read_shapefile(g->parts, layer_file);
    if (r.crs.source == DeclaredCrs::Source::PrjFile) {
      if (reference_layer.empty()) {
        reference_prj = compact_prj(r.crs.text);
        reference_layer = layer_file;
        out->crs = r.crs;
      } else if (compact_prj(r.crs.text) != reference_prj) {
        out->errors.push_back(Issue{layer_file, "", "its .prj declares another CRS than " + reference_layer +
                                                        "; one import reads one CRS, so this layer is not read (import "
                                                        "it on its own)"});
        add_count(out, "records_in_other_crs", count_of(r, "records"));
        continue;
      }
    } else if (several && any_prj) {
      out->warnings.push_back(Issue{layer_file, "", "no .prj: read as being in the same CRS as the other layers"});
    }
    out->errors.insert(out->errors.end(), r.errors.begin(), r.errors.end());
    out->warnings.insert(out->warnings.end(), r.warnings.begin(), r.warnings.end());
    if (!r.file_ok) continue;
    any_ok = true;
    ++layers_read;
    for (Feature& f : r.features) {
      if (several) f.attributes.emplace_back("layer", g->stem);
      out->features.push_back(std::move(f));
    }
    for (const auto& [k, v] : r.counts) add_count(out, k, v);
  }
  add_count(out, "layers", layers_read);
  out->file_ok = any_ok;
}

}  // namespace

LayerRead read_shapefile_zip(std::string_view zip_bytes, const std::string& file_name) {
  LayerRead out;
  out.file = file_name;
  try {
    read_zip_layers(zip_bytes, &out);
  } catch (const std::exception& e) {
    out.errors.push_back(Issue{file_name, "", std::string("the zipped Shapefile could not be read: ") + e.what()});
    out.file_ok = false;
  }
  return out;
}

}  // namespace geo
