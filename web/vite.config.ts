import { defineConfig } from "vite";

// The build goes straight into the Rust server's asset folder, which is
// committed, so running dyad needs no npm. base "./" keeps every URL relative.
export default defineConfig({
  base: "./",
  build: {
    outDir: "../crates/server/assets",
    emptyOutDir: true,
    assetsInlineLimit: 0,
    target: "es2020",
    reportCompressedSize: false,
  },
  server: {
    proxy: { "/api": process.env.DYAD_API ?? "http://127.0.0.1:8787" },
  },
});
