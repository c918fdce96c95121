import commissioning as cm

annual = cm.Money("£325,500")                        # seed 000: funding per annum
whole_life = annual * (3 + 1 + 1)                    # three years plus one plus one
print(whole_life)                                    # £1,627,500.00
print(whole_life.format(unit="millions"))            # £1.63m
year = cm.Period("1 May 2022", "30 April 2023")      # one contract year
for part in cm.apportion(cm.Money("£325,484.88"), year):
    print(f"{part.year}: {part.amount}")             # 2022-23: £298,361.14 ...
