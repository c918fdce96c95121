import commissioning as cm


def test_version_matches_the_cmake_project():
    assert cm.__version__ == "0.1.0"
