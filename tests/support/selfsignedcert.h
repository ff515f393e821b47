#pragma once

// A self-signed certificate for tidings-test.invalid (EC P-256, valid until 2126), for tests that
// check certificate errors are reported and never ignored. Test-only: the key is public.

#include <QByteArray>

inline const QByteArray kSelfSignedCertificate =
    "-----BEGIN CERTIFICATE-----\n"
    "MIIBljCCATugAwIBAgIUQCMZmtZZNwOwF+JxEQUlnsLHMJ0wCgYIKoZIzj0EAwIw\n"
    "HzEdMBsGA1UEAwwUdGlkaW5ncy10ZXN0LmludmFsaWQwIBcNMjYxMTI1MjIzMzEw\n"
    "WhgPMjEyNjExMDEyMjMzMTBaMB8xHTAbBgNVBAMMFHRpZGluZ3MtdGVzdC5pbnZh\n"
    "bGlkMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAExVeX+Vh0Z9jWRATbXjsEVJZf\n"
    "U7aHbSLcuT8e+TYxVuHJKi0WEPxBi2KaY1fHj1hlzCpvh4iRwkRNGE39/D8NtKNT\n"
    "MFEwHQYDVR0OBBYEFOkd/WCdMctm+VpfJCQIU3w0/av8MB8GA1UdIwQYMBaAFOkd\n"
    "/WCdMctm+VpfJCQIU3w0/av8MA8GA1UdEwEB/wQFMAMBAf8wCgYIKoZIzj0EAwID\n"
    "SQAwRgIhALJ0LohvwJpq/lJ2LrhH6nE1p3Pe3LKt+U5fIqhYKKQgAiEAgTbTav0z\n"
    "vaQwklWOOczWyT4UzSN1QyYYMokGYyUP4c8=\n"
    "-----END CERTIFICATE-----\n"
    ;

inline const QByteArray kSelfSignedKey =
    "-----BEGIN PRIVATE KEY-----\n"
    "MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgBiK3ZTbLVtL483jo\n"
    "z7i1cYG2/op1/k133s7t++5xlf+hRANCAATFV5f5WHRn2NZEBNteOwRUll9Ttodt\n"
    "Ity5Px75NjFW4ckqLRYQ/EGLYppjV8ePWGXMKm+HiJHCRE0YTf38Pw20\n"
    "-----END PRIVATE KEY-----\n"
    ;
