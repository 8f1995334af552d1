# enum: methods, properties, classmethods, __init__ with tuple values, custom __new__ and match
from enum import Enum

class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    JUPITER = (1.9e+27, 7.1492e7)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def surface_gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)

    def describe(self):
        return f'{self.name.title()} weighs {self.mass:.2e} kg'
    @classmethod
    def heaviest(cls):
        return max(cls, key=lambda p: p.mass)

    @staticmethod
    def unit():
        return 'm/s^2'

print(Planet.EARTH.value, Planet.EARTH.radius, round(Planet.EARTH.surface_gravity, 2), Planet.unit())
print(Planet.MERCURY.describe(), Planet.heaviest(), Planet((3.303e+23, 2.4397e6)))

class Coin(int, Enum):
    def __new__(cls, cents, label):
        obj = int.__new__(cls, cents)
        obj._value_ = cents
        obj.label = label
        return obj
    PENNY = (1, 'one cent')
    DIME = (10, 'ten cents')

print(Coin.DIME.label, Coin(10), repr(Coin.PENNY), Coin.DIME + Coin.PENNY)

class Mood(Enum):
    FUNKY = 1
    HAPPY = 3
    _ignore_ = ['scratch']
    scratch = 'not a member'
    def __str__(self):
        return 'mood ' + self.name.lower()
    def __repr__(self):
        return f'Mood<{self.name}>'
    @classmethod
    def favorite(cls):
        return cls.HAPPY

print(Mood.FUNKY, [Mood.HAPPY], f'{Mood.FUNKY}', Mood.favorite(), hasattr(Mood, 'scratch'))

def react(mood):
    match mood:
        case Mood.FUNKY: return 'dance'
        case Mood.HAPPY: return 'smile'
        case _: return 'shrug'
print(react(Mood(1)), react(Mood.HAPPY), react(None))
