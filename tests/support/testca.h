#pragma once

// A test certificate authority and three server certificates it signed, all for the same EC P-256 key
// (generated once with Python's cryptography package): one valid for 127.0.0.1 until 2126, one for
// 127.0.0.1 that expired in 2021, and one for another host name. A test that trusts the CA can tell
// "expired" and "wrong host" apart from "unknown issuer". Test-only: the keys are public.

#include <QByteArray>

inline const QByteArray kTestCaCertificate =
    "-----BEGIN CERTIFICATE-----\n"
    "MIIBXTCCAQSgAwIBAgIUHm5VobnseUZNdBhe3nL5nqkyYz4wCgYIKoZIzj0EAwIw\n"
    "GjEYMBYGA1UEAwwPVGlkaW5ncyBUZXN0IENBMCAXDTI2MDEwMTAwMDAwMFoYDzIx\n"
    "MjYwMTAxMDAwMDAwWjAaMRgwFgYDVQQDDA9UaWRpbmdzIFRlc3QgQ0EwWTATBgcq\n"
    "hkjOPQIBBggqhkjOPQMBBwNCAATLtb6jenOg8WTp3l3WG9FbjKY13D7viDjWcVlE\n"
    "3tRdJIL/jbljC0GPK4bD9sDk/pFD5G3RZaISxj9V9eAE3IdEoyYwJDASBgNVHRMB\n"
    "Af8ECDAGAQH/AgEAMA4GA1UdDwEB/wQEAwIBhjAKBggqhkjOPQQDAgNHADBEAiBM\n"
    "KRbrXkg1SgvrBWMd9OV9wLV2h6qg4Cf2II2SZJfJ5gIgJmw9iSjerikl/XMwV0FP\n"
    "mDKllPKPFoypS0q6iqQejNU=\n"
    "-----END CERTIFICATE-----\n"
    ;

inline const QByteArray kLoopbackCertificate =
    "-----BEGIN CERTIFICATE-----\n"
    "MIIBaDCCAQ6gAwIBAgIUTzcd2JkWTeRtKdQ6jR/Q9UDWr00wCgYIKoZIzj0EAwIw\n"
    "GjEYMBYGA1UEAwwPVGlkaW5ncyBUZXN0IENBMCAXDTI2MDEwMTAwMDAwMFoYDzIx\n"
    "MjYwMTAxMDAwMDAwWjAUMRIwEAYDVQQDDAkxMjcuMC4wLjEwWTATBgcqhkjOPQIB\n"
    "BggqhkjOPQMBBwNCAATGLFJTmUPFufCEefWZ2OyWC7z/71W/N08psf5nQIZdGpl2\n"
    "L5u6YS53u8YvFep04zPWFSnRNymNZOc6oNXH2vDoozYwNDAPBgNVHREECDAGhwR/\n"
    "AAABMAwGA1UdEwEB/wQCMAAwEwYDVR0lBAwwCgYIKwYBBQUHAwEwCgYIKoZIzj0E\n"
    "AwIDSAAwRQIhAJ65IShs5NKF9mQtdLP6CdEHuP7wYSmlK4MRoNRXZrjNAiBmdRp/\n"
    "WuKRFuR8ZrXhACG8GtDyQH1s8P5MSFuyiVROgA==\n"
    "-----END CERTIFICATE-----\n"
    ;

inline const QByteArray kExpiredLoopbackCertificate =
    "-----BEGIN CERTIFICATE-----\n"
    "MIIBZTCCAQygAwIBAgIULpIPX9oOpxudVqgDW5hJorhwJ2QwCgYIKoZIzj0EAwIw\n"
    "GjEYMBYGA1UEAwwPVGlkaW5ncyBUZXN0IENBMB4XDTIwMDEwMTAwMDAwMFoXDTIx\n"
    "MDEwMTAwMDAwMFowFDESMBAGA1UEAwwJMTI3LjAuMC4xMFkwEwYHKoZIzj0CAQYI\n"
    "KoZIzj0DAQcDQgAExixSU5lDxbnwhHn1mdjslgu8/+9VvzdPKbH+Z0CGXRqZdi+b\n"
    "umEud7vGLxXqdOMz1hUp0TcpjWTnOqDVx9rw6KM2MDQwDwYDVR0RBAgwBocEfwAA\n"
    "ATAMBgNVHRMBAf8EAjAAMBMGA1UdJQQMMAoGCCsGAQUFBwMBMAoGCCqGSM49BAMC\n"
    "A0cAMEQCIFZsYN/NtVsNom+/h4l/76+81dDDihTvcJ6RKFLXECHsAiA8FVgieI4V\n"
    "qV+8p70wv+Sb5yFdrqXns8RAKFEwFlonKQ==\n"
    "-----END CERTIFICATE-----\n"
    ;

inline const QByteArray kWrongHostCertificate =
    "-----BEGIN CERTIFICATE-----\n"
    "MIIBfzCCASWgAwIBAgIUONnKQ7sOohE2AoO70m9jT9RQrEIwCgYIKoZIzj0EAwIw\n"
    "GjEYMBYGA1UEAwwPVGlkaW5ncyBUZXN0IENBMCAXDTI2MDEwMTAwMDAwMFoYDzIx\n"
    "MjYwMTAxMDAwMDAwWjAdMRswGQYDVQQDDBJ3cm9uZy1ob3N0LmludmFsaWQwWTAT\n"
    "BgcqhkjOPQIBBggqhkjOPQMBBwNCAATGLFJTmUPFufCEefWZ2OyWC7z/71W/N08p\n"
    "sf5nQIZdGpl2L5u6YS53u8YvFep04zPWFSnRNymNZOc6oNXH2vDoo0QwQjAdBgNV\n"
    "HREEFjAUghJ3cm9uZy1ob3N0LmludmFsaWQwDAYDVR0TAQH/BAIwADATBgNVHSUE\n"
    "DDAKBggrBgEFBQcDATAKBggqhkjOPQQDAgNIADBFAiEAtZhIdVqX6P97tutIlY95\n"
    "pY8moYUlLyzRprgh4kN2PUACIDvLjcsCvBigeLoeUq3zWWEoxL98SGIYO4f23wLs\n"
    "48h6\n"
    "-----END CERTIFICATE-----\n"
    ;

inline const QByteArray kTestCaServerKey =
    "-----BEGIN PRIVATE KEY-----\n"
    "MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgXo+dE3RZUnD33YUA\n"
    "FZ9CxU+oh2LHG9ISvlJQevIhfM6hRANCAATGLFJTmUPFufCEefWZ2OyWC7z/71W/\n"
    "N08psf5nQIZdGpl2L5u6YS53u8YvFep04zPWFSnRNymNZOc6oNXH2vDo\n"
    "-----END PRIVATE KEY-----\n"
    ;
