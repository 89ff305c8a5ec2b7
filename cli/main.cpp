// carbontwin — the native command line of the CarbonTwin core.
//   carbontwin city --summary [--json FILE] [--seed N]
#include <CLI/CLI.hpp>
#include <iostream>

#include "cli/city_command.hpp"

int main(int argc, char** argv) {
  CLI::App app{"CarbonTwin: city carbon digital twin (native command line)", "carbontwin"};
  app.require_subcommand(1);
  cli::CityCommandOptions city_options;
  CLI::App* city = cli::add_city_command(app, &city_options);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e);  // usage errors go to stderr with a non-zero code; --help exits 0
  }
  if (city->parsed()) return cli::run_city_command(city_options);
  return 2;
}
