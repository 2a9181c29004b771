#pragma once

namespace oscalis {

/// Where the browser client's files are in Qt resources: ":/web/index.html", ":/web/sw.js",
/// ":/web/assets/index-<hash>.js", and next to each .js/.css/.html/.webmanifest/.svg its gzip twin
/// (same name + ".gz"). Files are stored uncompressed, so QResource::data() can be sent as is.
inline constexpr char kWebClientResourceRoot[] = ":/web";

/// Registers the browser client's resources (they live in the static library oscalis_web_client,
/// which the linker would otherwise leave out). Call once before serving, from any thread; later
/// calls do nothing.
void initWebClientResources();

} // namespace oscalis
