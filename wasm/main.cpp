// Entry point of the browser app: create the App and hand each animation frame to it. The main
// loop is the browser's (requestAnimationFrame); main() returns right after scheduling it.
#include <emscripten.h>

#include "wasm/app.hpp"
#include "wasm/js_api.hpp"

namespace {

void tick(void* app) { static_cast<app::App*>(app)->frame(); }

}  // namespace

int main() {
  // Lives as long as the page: the main loop keeps calling it after main() returns.
  auto* the_app = new app::App();
  if (!the_app->init()) return 1;
  app::bind_app(the_app);
  emscripten_set_main_loop_arg(tick, the_app, 0, false);
  return 0;
}
