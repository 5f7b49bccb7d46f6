package dev.harden.catalog;


/**
 * An installed Python distribution, from its core metadata ({@code METADATA} or {@code PKG-INFO}).
 *
 * @param name the {@code Name:} as declared ({@code Pygments}); the package name is its PEP 503
 *     normalised form
 * @param version {@code Version:}
 * @param metadataPath the metadata file (inside an {@code .egg} zip: {@code x.egg!/EGG-INFO/PKG-INFO})
 * @param sitePackages the directory the distribution is installed into
 * @param author {@code Author:}
 */
public record PythonDist(
    String name, String version, String metadataPath, String sitePackages, String author)
    implements PackageMetadata {}
