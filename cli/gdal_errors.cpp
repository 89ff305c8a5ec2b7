// GdalErrorCollector (gdal_errors.hpp).
#include "cli/gdal_errors.hpp"

#include <cpl_error.h>

namespace cli {
namespace {

void CPL_STDCALL collect(CPLErr level, CPLErrorNum /*code*/, const char* message) {
  auto* self = static_cast<GdalErrorCollector*>(CPLGetErrorHandlerUserData());
  if (self == nullptr || message == nullptr) return;
  if (level == CE_Failure || level == CE_Fatal) self->failures.emplace_back(message);
  else if (level == CE_Warning) self->warnings.emplace_back(message);
  // CE_Debug and CE_None (only seen with CPL_DEBUG=ON) are GDAL's tracing, not about the data.
}

}  // namespace

GdalErrorCollector::GdalErrorCollector() { CPLPushErrorHandlerEx(&collect, this); }

GdalErrorCollector::~GdalErrorCollector() { CPLPopErrorHandler(); }

std::string GdalErrorCollector::failure_text(const std::string& fallback) const {
  if (failures.empty()) return fallback;
  std::string text;
  for (const std::string& f : failures) text += (text.empty() ? "" : "; ") + f;
  return text;
}

}  // namespace cli
