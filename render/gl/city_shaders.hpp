// GLSL ES 3.00 sources of the city's two programs. Attribute locations are fixed here and used by
// city_renderer.cpp; uniforms are looked up by name.
#pragma once

namespace render::shaders {

// Buildings: flat-shaded walls and roofs, colour fetched per building from a texture so a colour
// mode change re-uploads a few hundred kilobytes instead of the mesh.
//   location 0: vec3 position (m), 1: vec3 normal, 2: uint building index
extern const char* const kBuildingVertex;
extern const char* const kBuildingFragment;

// Ground plane, parks, water, road and metro ribbons and station discs.
//   location 0: vec3 position, 1: vec2 offset, 2: float width_m, 3: float min_width_px,
//   4: vec4 colour (normalised bytes)
extern const char* const kFlatVertex;
extern const char* const kFlatFragment;

}  // namespace render::shaders
