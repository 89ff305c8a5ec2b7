// Embind functions behind window.CarbonTwin (web/carbontwin_api.js wraps them into the documented
// API: JSON strings become objects, "" becomes null). Before bind_app() or while the city is still
// loading they answer null / false / -1.
#pragma once

namespace app {

class App;
// Embind exports free functions, so they reach the one App of the page through this pointer.
void bind_app(App* app);

}  // namespace app
